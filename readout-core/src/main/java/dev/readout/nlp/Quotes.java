package dev.readout.nlp;

/**
 * Widens a content span to the whole quotation when a quote runs over several sentences
 * ({@code "A. B," he said.} or {@code he said: "A. B."}): an unbalanced quotation mark in the
 * content is matched by searching the neighbouring text of the same paragraph.
 */
final class Quotes {

  private static final int REACH = 2000;

  private Quotes() {}

  /** The span {@code [from, to)} widened to balance its quotation marks. */
  static int[] widen(String text, int from, int to) {
    int opens = count(text, from, to, "“") + count(text, from, to, "``");
    int closes = count(text, from, to, "”");
    int straight = count(text, from, to, "\"");
    int doubled = count(text, from, to, "''");
    int f = from;
    int t = to;
    if (closes > opens || straight % 2 == 1 && !startsWithQuote(text, from) || doubled % 2 == 1 && !startsWithQuote(text, from)) {
      int q = backward(text, from, closes > opens ? new String[] {"“", "``"} : straight % 2 == 1 ? new String[] {"\""} : new String[] {"''", "``"});
      f = q >= 0 ? q : from;
    } else if (opens > closes || straight % 2 == 1 || doubled % 2 == 1) {
      int q = forward(text, to, opens > closes ? "”" : straight % 2 == 1 ? "\"" : "''");
      t = q >= 0 ? q : to;
    }
    return new int[] {f, t};
  }

  /**
   * The mode of a content widened to a whole quotation: direct when it is one quotation from
   * mark to mark, else the mode found before widening.
   */
  static dev.readout.model.Statement.Mode mode(String content, dev.readout.model.Statement.Mode found) {
    String c = content.strip();
    int marks = count(c, 0, c.length(), "“") + count(c, 0, c.length(), "”") + count(c, 0, c.length(), "\"")
        + count(c, 0, c.length(), "''") + count(c, 0, c.length(), "``");
    boolean ends = c.endsWith("”") || c.endsWith("\"") || c.endsWith("''");
    return marks == 2 && startsWithQuote(c, 0) && ends ? dev.readout.model.Statement.Mode.DIRECT : found;
  }

  private static boolean startsWithQuote(String text, int from) {
    return text.startsWith("\"", from) || text.startsWith("“", from) || text.startsWith("''", from) || text.startsWith("``", from);
  }

  private static int count(String text, int from, int to, String q) {
    int n = 0;
    for (int i = from; i + q.length() <= to; i++) {
      if (text.startsWith(q, i)) {
        n++;
        i += q.length() - 1;
      }
    }
    return n;
  }

  /** Start of the nearest opening mark before {@code from} in the same paragraph, or -1. */
  private static int backward(String text, int from, String[] marks) {
    int stop = Math.max(0, from - REACH);
    int para = text.lastIndexOf("\n\n", from);
    stop = Math.max(stop, para < 0 ? 0 : para);
    int best = -1;
    for (String m : marks) {
      int i = text.lastIndexOf(m, from - 1);
      if (i >= stop && i > best) {
        best = i;
      }
    }
    return best;
  }

  /** End of the nearest closing mark after {@code to} in the same paragraph, or -1. */
  private static int forward(String text, int to, String mark) {
    int para = text.indexOf("\n\n", to);
    int stop = Math.min(text.length(), Math.min(to + REACH, para < 0 ? text.length() : para));
    int i = text.indexOf(mark, to);
    return i >= 0 && i + mark.length() <= stop ? i + mark.length() : -1;
  }
}
