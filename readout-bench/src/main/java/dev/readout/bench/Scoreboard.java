package dev.readout.bench;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prints scoreboard rows as one Markdown table: Readout beside trafilatura's stored score and the
 * best other stored peer, so it can go into {@code docs/quality.md} as it is.
 */
final class Scoreboard {

  private static final String TRAFILATURA = "trafilatura";

  private Scoreboard() {}

  static void print(PrintWriter out, List<Row> rows) {
    out.println("| set | pages | measure | Readout | trafilatura (stored) | best other stored peer |");
    out.println("|---|---|---|---|---|---|");
    for (Row r : rows) {
      Optional<Map.Entry<String, Double>> other =
          r.peers().entrySet().stream()
              .filter(e -> !e.getKey().equals(TRAFILATURA))
              .max(Comparator.comparingDouble(Map.Entry<String, Double>::getValue).thenComparing(Map.Entry::getKey));
      out.printf(Locale.ROOT, "| %s | %d | %s | **%.3f** | %s | %s |%n",
          r.set(), r.pages(), r.measure(), r.readout(),
          Optional.ofNullable(r.peers().get(TRAFILATURA)).map(Scoreboard::number).orElse("—"),
          other.map(e -> number(e.getValue()) + " " + e.getKey()).orElse("—"));
    }
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
