package dev.readout.bench;

import java.util.Map;
import java.util.Objects;

/**
 * One line of the scoreboard: a set, a measure, Readout's value and the stored peers' values on
 * the same pages by the same metric (empty when the corpus stores no peer output).
 *
 * @param set the development set, e.g. {@code aeb} or {@code cleaneval-dev}
 * @param pages how many pages were scored
 * @param measure what was measured, e.g. {@code body F1}
 * @param readout Readout's value
 * @param peers peer name to its value, best first
 */
record Row(String set, int pages, String measure, double readout, Map<String, Double> peers) {

  Row {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(measure, "measure");
    peers = Map.copyOf(peers);
  }

  /** A measure no peer output is stored for. */
  static Row alone(String set, int pages, String measure, double readout) {
    return new Row(set, pages, measure, readout, Map.of());
  }
}
