package dev.readout.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.index.ActorSummary;
import dev.readout.index.Corpus;
import dev.readout.index.EngagementQuery;
import dev.readout.index.SearchRequest;
import dev.readout.index.SearchResult;
import dev.readout.json.ArticleJson;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON handlers: each reads its parameters, asks the corpus, writes JSON. See {@code docs/api.md}. */
final class Api {

  private static final String[] SEARCH_PARAMS = {
    "q", "type", "speaker", "actor", "country", "topic", "outlet", "from", "to", "order", "offset", "limit"
  };

  /** The record mapper, with dates written as ISO strings rather than arrays. */
  static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      ArticleJson.mapper().copy().disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final Corpus corpus;

  Api(Corpus corpus) {
    this.corpus = corpus;
  }

  void search(Context ctx) throws IOException {
    Params p = Params.of(ctx, SEARCH_PARAMS);
    SearchRequest r = request(p, p.choice("type", SearchRequest.Type.class, SearchRequest.Type.ARTICLE), p.text("speaker"));
    json(ctx, page(corpus.search(r), r));
  }

  void article(Context ctx) throws IOException {
    String id = Params.of(ctx).id("id");
    json(ctx, corpus.article(id).map(ArticleJson::toTree).orElseThrow(() -> new NotFound("article " + id)));
  }

  void story(Context ctx) throws IOException {
    String id = Params.of(ctx).id("id");
    json(ctx, corpus.story(id).orElseThrow(() -> new NotFound("story " + id)));
  }

  void actors(Context ctx) throws IOException {
    Params p = Params.of(ctx, "offset", "limit");
    json(ctx, Map.of("actors", corpus.actors(p.integer("offset", 0), p.integer("limit", 50))));
  }

  void actor(Context ctx) throws IOException {
    String id = Params.of(ctx).id("id");
    json(ctx, corpus.actor(id).orElseThrow(() -> new NotFound("actor " + id)));
  }

  void actorStatements(Context ctx) throws IOException {
    Params p = Params.of(ctx, "q", "topic", "from", "to", "order", "offset", "limit");
    String id = p.id("id");
    ActorSummary actor = corpus.actor(id).orElseThrow(() -> new NotFound("actor " + id));
    SearchRequest r = request(p, SearchRequest.Type.STATEMENT, java.util.Optional.of(actor.id()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("actor", actor);
    out.putAll(page(corpus.search(r), r));
    json(ctx, out);
  }

  void engagements(Context ctx) throws IOException {
    Params p = Params.of(ctx, ENGAGEMENT_PARAMS);
    json(ctx, corpus.engagements(engagementQuery(p, p.integer("limit", 50))));
  }

  void engagementsByMonth(Context ctx) throws IOException {
    json(ctx, corpus.engagementsByMonth(engagementQuery(Params.of(ctx, CHART_PARAMS), 1)));
  }

  void network(Context ctx) throws IOException {
    Params p = Params.of(ctx, "actor", "from", "to", "limit");
    json(ctx, corpus.network(engagementQuery(p, 1), p.integer("limit", NETWORK_NODES)));
  }

  void statementsByMonth(Context ctx) throws IOException {
    Params p = Params.of(ctx, "from", "to");
    String id = p.id("id");
    json(ctx, corpus.statementsByMonth(id, p.date("from"), p.date("to")).orElseThrow(() -> new NotFound("actor " + id)));
  }

  static final String[] ENGAGEMENT_PARAMS = {"actor", "with", "type", "status", "from", "to", "offset", "limit"};
  static final String[] CHART_PARAMS = {"actor", "with", "type", "status", "from", "to"};

  /** Actors a network shows unless asked otherwise. */
  static final int NETWORK_NODES = 30;

  /** The engagement filters of a request, with {@code limit} entries a page (charts ignore paging). */
  static EngagementQuery engagementQuery(Params p, int limit) {
    return new EngagementQuery(p.text("actor"), p.text("with"), p.text("type"), p.date("from"), p.date("to"), p.integer("offset", 0), limit)
        .withStatus(EngagementQuery.statuses(p.text("status").orElse("")));
  }

  void stats(Context ctx) throws IOException {
    Params.of(ctx);
    json(ctx, corpus.stats());
  }

  private static SearchRequest request(Params p, SearchRequest.Type type, java.util.Optional<String> speaker) {
    String q = p.text("q").orElse("");
    SearchRequest.Order fallback =
        q.isBlank() ? (type == SearchRequest.Type.STATEMENT && speaker.isPresent() ? SearchRequest.Order.OLDEST : SearchRequest.Order.NEWEST)
            : SearchRequest.Order.RELEVANCE;
    return new SearchRequest(
        q, type, speaker, p.text("actor"), p.text("country"), p.text("topic"), p.text("outlet"),
        p.date("from"), p.date("to"), p.choice("order", SearchRequest.Order.class, fallback),
        p.integer("offset", 0), p.integer("limit", 20));
  }

  private static Map<String, Object> page(SearchResult r, SearchRequest q) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", r.total());
    out.put("offset", q.offset());
    out.put("limit", q.limit());
    out.put("hits", r.hits());
    out.put("facets", r.facets());
    out.put("facets_sampled", r.facetsSampled());
    return out;
  }

  static void json(Context ctx, Object body) throws JsonProcessingException {
    ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body));
  }

  static ObjectNode error(int status, String message, String parameter) {
    ObjectNode o = ArticleJson.mapper().createObjectNode();
    o.put("status", status);
    o.put("error", message);
    if (parameter != null) {
      o.put("parameter", parameter);
    }
    return o;
  }
}
