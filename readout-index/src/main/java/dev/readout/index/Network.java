package dev.readout.index;

import java.util.List;
import java.util.Objects;

/**
 * Who engaged whom: a weighted, undirected graph over actors. A generic shape so other edges
 * (event types, dyads over time) reuse the same renderer.
 *
 * @param nodes actors, the most engaged first, at most the requested number
 * @param edges pairs of those actors that took part in the same engagement, most engagements first
 * @param engagements engagements counted (copies of one story merged)
 * @param truncated whether the count stopped at a cap, or actors were left out to keep it readable
 */
public record Network(List<Node> nodes, List<Edge> edges, long engagements, boolean truncated) {

  public Network {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * An actor.
   *
   * @param id actor id (or name when the engagement gave no id)
   * @param name canonical name
   * @param engagements engagements the actor took part in
   */
  public record Node(String id, String name, long engagements) {
    public Node {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * Two actors that took part in the same engagements.
   *
   * @param source one actor's id (the smaller id of the two)
   * @param target the other's
   * @param engagements how many engagements they shared
   */
  public record Edge(String source, String target, long engagements) {
    public Edge {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      if (source.compareTo(target) >= 0) {
        throw new IllegalArgumentException("source must sort before target, got " + source + ", " + target);
      }
    }
  }
}
