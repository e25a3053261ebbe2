package dev.readout.bench.gold;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Scores summed per split and printed as one table: a row a measure, a column group a split. */
final class Tally {

  private final Map<String, Map<Matching.Measure, Score>> bySplit = new LinkedHashMap<>();
  private final Map<String, Integer> stories = new LinkedHashMap<>();

  Tally(String... splits) {
    for (String s : splits) {
      bySplit.put(s, new EnumMap<>(Matching.Measure.class));
      stories.put(s, 0);
    }
  }

  void add(String split, Map<Matching.Measure, Score> scores) {
    for (String s : new String[] {split, "all"}) {
      Map<Matching.Measure, Score> m = bySplit.get(s);
      if (m != null) {
        scores.forEach((k, v) -> m.merge(k, v, Score::plus));
        stories.merge(s, 1, Integer::sum);
      }
    }
  }

  Score get(String split, Matching.Measure measure) {
    return bySplit.get(split).getOrDefault(measure, Score.ZERO);
  }

  void print(PrintWriter out) {
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-52s", "measure"));
    bySplit.keySet().forEach(s ->
        head.append(String.format(Locale.ROOT, " | %-5s %4s %4s %5s %5s %5s", s, "gold", "pred", "P", "R", "F1")));
    out.println(head);
    for (Matching.Measure m : Matching.Measure.values()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-52s", m.label));
      for (String s : bySplit.keySet()) {
        Score sc = get(s, m);
        row.append(String.format(Locale.ROOT, " | %-5s %4d %4d %5s %5s %5s", "", sc.gold(), sc.pred(),
            fmt(sc.precision()), fmt(sc.recall()), fmt(sc.f1())));
      }
      out.println(row);
    }
    StringBuilder n = new StringBuilder("stories scored:");
    stories.forEach((s, c) -> n.append(' ').append(s).append(' ').append(c));
    out.println(n);
  }

  private static String fmt(double d) {
    return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }
}
