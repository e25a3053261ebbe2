package dev.readout.server;

import dev.readout.index.Corpus;
import dev.readout.index.Network;
import dev.readout.server.chart.NetworkChart;
import dev.readout.server.chart.TimeChart;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The chart handlers: the same parameters as the JSON routes they draw, SVG out. Every mark links
 * to the UI view that lists what it counts.
 */
final class Charts {

  private final Corpus corpus;

  Charts(Corpus corpus) {
    this.corpus = corpus;
  }

  void engagements(Context ctx) throws IOException {
    Params p = Params.of(ctx, Api.CHART_PARAMS);
    var q = Api.engagementQuery(p, 1);
    svg(ctx, TimeChart.svg(corpus.engagementsByMonth(q), "engagements", (type, from, to) ->
        hash("timeline", "actor", q.actor(), "with", q.with(), "type", type.or(q::type), "status", p.text("status"), "from", Optional.of(from), "to", Optional.of(to))));
  }

  void statements(Context ctx) throws IOException {
    Params p = Params.of(ctx, "from", "to");
    String id = p.id("id");
    var actor = corpus.actor(id).orElseThrow(() -> new NotFound("actor " + id));
    var series = corpus.statementsByMonth(actor.id(), p.date("from"), p.date("to")).orElseThrow(() -> new NotFound("actor " + id));
    svg(ctx, TimeChart.svg(series, "statements", (topic, from, to) -> hash("search", "type", Optional.of("statement"),
        "speaker", Optional.of(actor.id()), "topic", topic, "from", Optional.of(from), "to", Optional.of(to))));
  }

  void network(Context ctx) throws IOException {
    Params p = Params.of(ctx, "actor", "from", "to", "limit");
    var q = Api.engagementQuery(p, 1);
    Network n = corpus.network(q, p.integer("limit", Api.NETWORK_NODES));
    svg(ctx, NetworkChart.svg(n, new NetworkChart.Links() {
      @Override
      public String node(Network.Node node) {
        return "#/actor/" + encode(node.id());
      }

      @Override
      public String edge(Network.Edge edge, Network.Node source, Network.Node target) {
        return hash("timeline", "actor", Optional.of(source.id()), "with", Optional.of(target.id()), "from", q.from(), "to", q.to());
      }
    }));
  }

  private static void svg(Context ctx, String svg) {
    ctx.contentType("image/svg+xml; charset=utf-8").header("Cache-Control", "no-cache").result(svg);
  }

  /** A UI route with the present parameters, in the order given as name, value pairs. */
  static String hash(String route, Object... pairs) {
    Map<String, String> present = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] instanceof Optional<?> v && v.isPresent()) {
        present.put((String) pairs[i], v.get().toString());
      }
    }
    StringBuilder b = new StringBuilder("#/").append(route);
    String sep = "?";
    for (Map.Entry<String, String> e : present.entrySet()) {
      b.append(sep).append(e.getKey()).append('=').append(encode(e.getValue()));
      sep = "&";
    }
    return b.toString();
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
