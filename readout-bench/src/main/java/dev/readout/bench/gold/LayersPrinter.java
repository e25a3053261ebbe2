package dev.readout.bench.gold;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Prints one side's items with the words they point at, for reading a story's comparison by eye. */
final class LayersPrinter {

  private LayersPrinter() {}

  static void print(PrintWriter out, String side, Layers l, String text) {
    out.println("== " + side + " " + l.story());
    for (Layers.Engagement e : l.engagements()) {
      out.printf("  engagement %s %s -> %s date=%s place=%s | %s%n", e.type(), names(e.actors()), names(e.recipients()),
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
