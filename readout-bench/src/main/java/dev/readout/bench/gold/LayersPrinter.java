package dev.readout.bench.gold;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Prints one side's items with the words they point at, for reading a story's comparison by eye. */
final class LayersPrinter {

  private LayersPrinter() {}

  static void print(PrintWriter out, String side, Layers l, String text) {
    print(out, side, l, text, List.of());
  }

  /** Prints the items; engagements whose index is in {@code matched} are marked {@code +}, the others {@code -}. */
  static void print(PrintWriter out, String side, Layers l, String text, List<Integer> matched) {
    out.println("== " + side + " " + l.story());
    for (int i = 0; i < l.engagements().size(); i++) {
      Layers.Engagement e = l.engagements().get(i);
      out.printf("  %s engagement %s %s -> %s date=%s place=%s | %s%n", matched.contains(i) ? "+" : "-", e.type(),
          names(e.actors()), names(e.recipients()),
          e.date().orElse("-"), e.place().orElse("-"), words(text, e.evidence()));
    }
    for (Layers.Statement s : l.statements()) {
      out.printf("  statement %s: %s%n", s.speaker().map(Layers.Party::name).orElse("(none)"), words(text, s.content()));
    }
    for (Layers.Event v : l.events()) {
      out.printf("  event %s%s %s -> %s | %s%n", v.negated() ? "not " : "", v.type(), names(v.actors()),
          names(v.recipients()), words(text, v.evidence()));
    }
  }

  private static String names(List<Layers.Party> parties) {
    return parties.stream().map(Layers.Party::name).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String words(String text, Span s) {
    String w = text.substring(Math.min(s.start(), text.length()), Math.min(s.end(), text.length())).replaceAll("\\s+", " ");
    return w.length() > 90 ? w.substring(0, 60) + " … " + w.substring(w.length() - 25) : w;
  }
}
