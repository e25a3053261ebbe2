package dev.readout.server.chart;

import dev.readout.index.Network;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who met whom: actors on a circle, linked by lines as thick as the engagements they shared. The
 * most engaged actor sits in the middle when it is linked to every other one (the subject of an
 * actor page) or, among five or more, to at least half of them (a corpus's central figure). Around the circle, each actor is followed by the unplaced one it is most
 * linked to, so close partners sit side by side and fewer lines cross.
 */
public final class NetworkChart {

  /** Where a node and an edge lead. */
  public interface Links {
    String node(Network.Node node);

    String edge(Network.Edge edge, Network.Node source, Network.Node target);
  }

  static final int WIDTH = 720;
  private static final int MIN_HEIGHT = 420;
  private static final int LABEL_ROOM = 150;
  private static final int LEGEND = 28;

  /** Node colour by the kind an actor id starts with; the legend lists the kinds drawn. */
  private static final Map<String, String> KIND_COLOURS =
      Map.of("person", "#0072B2", "organization", "#E69F00", "country", "#009E73", "place", "#CC79A7");

  private static final String OTHER_COLOUR = "#999999";

  private NetworkChart() {}

  public static String svg(Network network, Links links) {
    List<Network.Node> nodes = network.nodes();
    int height = Math.max(MIN_HEIGHT, Math.min(720, 300 + nodes.size() * 12));
    Svg svg = new Svg(WIDTH, height, "who met whom: " + nodes.size() + " actors, " + network.edges().size() + " pairs");
    if (nodes.isEmpty()) {
      svg.element("text", "No engagements to draw.", "x", WIDTH / 2, "y", height / 2, "text-anchor", "middle", "class", "empty");
      return svg.toString();
    }
    Map<String, Network.Node> byId = new HashMap<>();
    nodes.forEach(n -> byId.put(n.id(), n));
    double cx = WIDTH / 2.0;
    double cy = LEGEND + (height - LEGEND) / 2.0;
    Map<String, double[]> at = layout(network, cx, cy, Math.min(WIDTH / 2.0 - LABEL_ROOM, (height - LEGEND) / 2.0 - 40));
    legend(svg, nodes);
    long maxEdge = network.edges().stream().mapToLong(Network.Edge::engagements).max().orElse(1);
    for (Network.Edge e : network.edges()) {
      edge(svg, e, byId.get(e.source()), byId.get(e.target()), at.get(e.source()), at.get(e.target()), maxEdge, links);
    }
    long maxNode = nodes.stream().mapToLong(Network.Node::engagements).max().orElse(1);
    for (Network.Node n : nodes) {
      double[] p = at.get(n.id());
      double r = 5 + 11 * Math.sqrt(n.engagements() / (double) maxNode);
      svg.open("a", "href", links.node(n), "class", "node", "data-id", n.id(), "data-count", n.engagements());
      svg.element("title", n.name() + ": " + count(n.engagements()));
      svg.element("circle", "", "cx", p[0], "cy", p[1], "r", r, "fill", colour(n.id()), "stroke", "#fff", "stroke-width", 1.5);
      label(svg, n, p, r, cx, cy);
      svg.close("a");
    }
    if (network.truncated()) {
      svg.element("text", "the " + nodes.size() + " most engaged actors are shown", "x", WIDTH - 8, "y", height - 8, "text-anchor", "end",
          "fill", "#777");
    }
    return svg.toString();
  }

  /** A line as thick as the engagements shared, under a wider invisible one that is easy to click. */
  private static void edge(Svg svg, Network.Edge e, Network.Node s, Network.Node t, double[] a, double[] b, long max, Links links) {
    double w = 1 + 7 * Math.sqrt(e.engagements() / (double) max);
    svg.open("a", "href", links.edge(e, s, t), "class", "edge", "data-source", e.source(), "data-target", e.target(), "data-count", e.engagements());
    svg.element("title", s.name() + " and " + t.name() + ": " + count(e.engagements()));
    svg.element("line", "", "x1", a[0], "y1", a[1], "x2", b[0], "y2", b[1], "stroke", "#7b8ea8", "stroke-opacity", 0.65, "stroke-width", w,
        "stroke-linecap", "round");
    svg.element("line", "", "x1", a[0], "y1", a[1], "x2", b[0], "y2", b[1], "stroke", "#fff", "stroke-opacity", 0, "stroke-width",
        Math.max(10, w + 4), "class", "hit");
    if (e.engagements() > 1) {
      svg.element("text", Long.toString(e.engagements()), "x", (a[0] + b[0]) / 2, "y", (a[1] + b[1]) / 2 + 4, "text-anchor", "middle",
          "fill", "#334", "stroke", "#fff", "stroke-width", 3, "paint-order", "stroke", "font-size", 10);
    }
    svg.close("a");
  }

  private static String count(long engagements) {
    return engagements + (engagements == 1 ? " engagement" : " engagements");
  }

  /** A node's name, outside the circle and reading away from it; under the node in the middle. */
  private static void label(Svg svg, Network.Node n, double[] p, double r, double cx, double cy) {
    double dx = p[0] - cx;
    double dy = p[1] - cy;
    double d = Math.hypot(dx, dy);
    String text = n.name() + " (" + n.engagements() + ")";
    Object[] halo = {"fill", "#1a1a1a", "stroke", "#fff", "stroke-width", 3, "paint-order", "stroke", "class", "label"};
    if (d < 1) {
      svg.element("text", text, concat(new Object[] {"x", p[0], "y", p[1] + r + 14, "text-anchor", "middle", "font-weight", "bold"}, halo));
      return;
    }
    double ux = dx / d;
    double uy = dy / d;
    String anchor = ux > 0.25 ? "start" : ux < -0.25 ? "end" : "middle";
    double x = p[0] + ux * (r + 5);
    double y = p[1] + uy * (r + 5) + (uy > 0.25 ? 10 : uy < -0.25 ? -2 : 4);
    svg.element("text", text, concat(new Object[] {"x", x, "y", y, "text-anchor", anchor}, halo));
  }

  private static Object[] concat(Object[] a, Object[] b) {
    Object[] out = new Object[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static void legend(Svg svg, List<Network.Node> nodes) {
    Set<String> kinds = new java.util.TreeSet<>();
    nodes.forEach(n -> kinds.add(kind(n.id())));
    int x = 12;
    for (String k : kinds) {
      svg.element("circle", "", "cx", x + 6, "cy", 14, "r", 6, "fill", KIND_COLOURS.getOrDefault(k, OTHER_COLOUR));
      svg.element("text", k, "x", x + 16, "y", 18, "fill", "#333");
      x += 28 + 6 * k.length();
    }
    svg.element("text", "line width: engagements shared (numbered above one)", "x", WIDTH - 8, "y", 18, "text-anchor", "end", "fill", "#777");
  }

  static String kind(String id) {
    int colon = id.indexOf(':');
    return colon > 0 ? id.substring(0, colon) : "other";
  }

  private static String colour(String id) {
    return KIND_COLOURS.getOrDefault(kind(id), OTHER_COLOUR);
  }

  /** Positions by id: the hub (see the class comment) in the middle, the rest around a circle. */
  static Map<String, double[]> layout(Network network, double cx, double cy, double radius) {
    List<Network.Node> nodes = network.nodes();
    Map<String, Map<String, Long>> weight = new HashMap<>();
    for (Network.Edge e : network.edges()) {
      weight.computeIfAbsent(e.source(), k -> new HashMap<>()).put(e.target(), e.engagements());
      weight.computeIfAbsent(e.target(), k -> new HashMap<>()).put(e.source(), e.engagements());
    }
    Map<String, double[]> at = new HashMap<>();
    List<Network.Node> ring = new ArrayList<>(nodes);
    Network.Node first = nodes.get(0);
    int partners = weight.getOrDefault(first.id(), Map.of()).size();
    if (nodes.size() >= 3 && partners == nodes.size() - 1 || nodes.size() >= 5 && 2 * partners >= nodes.size() - 1) {
      at.put(first.id(), new double[] {cx, cy});
      ring.remove(0);
    }
    List<Network.Node> order = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    while (order.size() < ring.size()) {
      Network.Node next = null;
      long best = -1;
      Network.Node prev = order.isEmpty() ? null : order.get(order.size() - 1);
      for (Network.Node n : ring) {
        if (placed.contains(n.id())) {
          continue;
        }
        long w = prev == null ? 0 : weight.getOrDefault(prev.id(), Map.of()).getOrDefault(n.id(), 0L);
        if (w > best) { // ring keeps the index's order, most engaged first, so ties go to the bigger actor
          best = w;
          next = n;
        }
      }
      order.add(next);
      placed.add(next.id());
    }
    for (int i = 0; i < order.size(); i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / order.size();
      double r = order.size() == 1 && at.isEmpty() ? 0 : radius;
      at.put(order.get(i).id(), new double[] {round(cx + r * Math.cos(angle)), round(cy + r * Math.sin(angle))});
    }
    return at;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
