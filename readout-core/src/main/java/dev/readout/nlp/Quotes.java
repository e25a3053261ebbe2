package dev.readout.nlp;

import dev.readout.model.Statement;
import java.util.Set;

/**
 * Widens a content span to the whole quotation when a quote runs over several sentences
 * ({@code "A. B," he said.} or {@code he said: "A. B."}): an unbalanced quotation mark in the
 * content is matched by searching the neighbouring text of the same paragraph. The marks and
 * their roles come from the language's {@code quote-marks.tsv}. Stateless.
 */
final class Quotes {

  private static final int REACH = 2000;

  private Quotes() {}

  /** {@link #widen(String, int, int, Lexicon)} with English quotation marks. */
  static int[] widen(String text, int from, int to) {
    return widen(text, from, to, Lexicon.DEFAULT);
  }

  /** The span {@code [from, to)} widened to balance its quotation marks. */
  static int[] widen(String text, int from, int to, Lexicon lex) {
    int opens = count(text, from, to, lex.quotes.get(Lexicon.Quote.OPENING));
    int closes = count(text, from, to, lex.quotes.get(Lexicon.Quote.CLOSING));
    int straight = count(text, from, to, lex.quotes.get(Lexicon.Quote.STRAIGHT));
    int doubled = count(text, from, to, lex.quotes.get(Lexicon.Quote.DOUBLED));
    int f = from;
    int t = to;
    boolean starts = startsWithQuote(text, from, lex);
    if (closes > opens || straight % 2 == 1 && !starts || doubled % 2 == 1 && !starts) {
      int q = backward(text, from, closes > opens ? lex.quotes.get(Lexicon.Quote.OPENING)
          : straight % 2 == 1 ? lex.quotes.get(Lexicon.Quote.STRAIGHT) : doubledOrTheirOpenings(lex));
      f = q >= 0 ? q : from;
    } else if (opens > closes || straight % 2 == 1 || doubled % 2 == 1) {
      int q = forward(text, to, lex.quotes.get(opens > closes ? Lexicon.Quote.CLOSING
          : straight % 2 == 1 ? Lexicon.Quote.STRAIGHT : Lexicon.Quote.DOUBLED));
      t = q >= 0 ? q : to;
    }
    return new int[] {f, t};
  }

  /** {@link #mode(String, Statement.Mode, Lexicon)} with English quotation marks. */
  static Statement.Mode mode(String content, Statement.Mode found) {
    return mode(content, found, Lexicon.DEFAULT);
  }

  /**
   * The mode of a content widened to a whole quotation: direct when it is one quotation from
   * mark to mark, else the mode found before widening.
   */
  static Statement.Mode mode(String content, Statement.Mode found, Lexicon lex) {
    String c = content.strip();
    int marks = count(c, 0, c.length(), lex.quoteMarks.keySet());
    boolean ends = false;
    for (var e : lex.quoteMarks.entrySet()) {
      ends |= e.getValue() != Lexicon.Quote.OPENING && c.endsWith(e.getKey());
    }
    return marks == 2 && startsWithQuote(c, 0, lex) && ends ? Statement.Mode.DIRECT : found;
  }

  private static Set<String> doubledOrTheirOpenings(Lexicon lex) {
    Set<String> out = new java.util.HashSet<>(lex.quotes.get(Lexicon.Quote.DOUBLED));
    out.addAll(lex.doubledOpenings);
    return out;
  }

  /** Whether a mark that can open a quotation (any but a closing one) starts at {@code from}. */
  private static boolean startsWithQuote(String text, int from, Lexicon lex) {
    for (var e : lex.quoteMarks.entrySet()) {
      if (e.getValue() != Lexicon.Quote.CLOSING && text.startsWith(e.getKey(), from)) {
        return true;
      }
    }
    return false;
  }

  private static int count(String text, int from, int to, Set<String> marks) {
    int n = 0;
    for (String q : marks) {
      n += count(text, from, to, q);
    }
    return n;
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
  private static int backward(String text, int from, Set<String> marks) {
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
  private static int forward(String text, int to, Set<String> marks) {
    int para = text.indexOf("\n\n", to);
    int stop = Math.min(text.length(), Math.min(to + REACH, para < 0 ? text.length() : para));
    int best = -1;
    for (String mark : marks) {
      int i = text.indexOf(mark, to);
      if (i >= 0 && i + mark.length() <= stop && (best < 0 || i + mark.length() < best)) {
        best = i + mark.length();
      }
    }
    return best;
  }
}
