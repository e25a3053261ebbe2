package dev.readout.nlp;

import dev.readout.model.Statement;
import java.util.List;

/**
 * Where the content of a statement lies once its speaker and cue are known. Token indices into
 * one sentence; stateless.
 */
final class Content {

  /** Token range of a content and how it is reported. */
  record Span(int from, int to, Statement.Mode mode) {}

  private Content() {}

  /**
   * The content around a cue whose speaker spans {@code [sa, sb)}; null when there is none.
   *
   * @param boundary the token after which the content before the speaker ends (a comma or a
   *     quote before the speaker phrase), or -1 when the speaker is not set off
   * @param strict whether content after the cue must open with "that", a quote or a colon
   * @param lex the words of the sentence's language
   */
  static Span around(List<Token> t, int boundary, int c, int ce, boolean strict, Lexicon lex) {
    int n = end(t);
    int after = ce;
    if (lex.addressingCues.contains(t.get(c).lower())) {
      after = skipObject(t, after, n, lex);
    }
    if (boundary > 0) {
      int before = boundary;
      while (before > 0 && isSeparator(t.get(before - 1), lex)) {
        before--;
      }
      Integer that = that(t, after, n, lex);
      boolean closes = before > 0 && throughQuote(t, before, boundary, lex) > before;
      if (that != null && that > after && closes && isQuote(t.get(0), lex)) {
        that = null; // "A," he said in a film that showed ...: the quotation is the content
      }
      if (that == null && before > 0) {
        if (after + 1 < n && t.get(after).is(Mark.COMMA) && isQuote(t.get(after + 1), lex) && !hasQuote(t, 0, boundary, lex)) {
          return leading(t, after, n, strict, lex); // In a call on Monday, Warren said, "..."
        }
        if (after + 1 < n && t.get(after).is(Mark.COMMA) && !participle(t.get(after + 1), lex)) {
          return new Span(0, n, mode(t, 0, n, lex)); // The two heads of state, he said, put forward ...
        }
        boolean quoted = isQuote(t.get(0), lex) && throughQuote(t, before, boundary, lex) > before;
        if ((before >= 3 || isQuote(t.get(before - 1), lex) || isQuote(t.get(before), lex) || closes)
            && (trailingRest(t, after, n, lex) || quoted)) {
          int to = throughQuote(t, before, boundary, lex);
          return new Span(0, to, mode(t, 0, to, lex));
        }
      }
    }
    return leading(t, after, n, strict, lex);
  }

  /** The end of a content before a speaker: past a closing quote among the separators. */
  static int throughQuote(List<Token> t, int before, int boundary, Lexicon lex) {
    int to = before;
    for (int k = before; k < boundary; k++) {
      if (isQuote(t.get(k), lex)) {
        to = k + 1;
      }
    }
    return to;
  }

  /** Content after the cue: {@code said [Monday] [that] ...}, {@code said: "..."}. */
  private static Span leading(List<Token> t, int after, int n, boolean strict, Lexicon lex) {
    int from = after;
    Integer that = that(t, after, n, lex);
    if (that != null) {
      from = that + 1;
    } else if (colon(t, from, n, lex) >= 0) {
      from = colon(t, from, n, lex) + 1;
    } else if (from + 1 < n && t.get(from).is(Mark.COMMA) && isQuote(t.get(from + 1), lex)) {
      from++; // He continued, "..."
    } else if (strict && (from >= n || !isQuote(t.get(from), lex)) && !clauseOpens(t, from, n, lex)) {
      return null;
    }
    if (from < n && isQuote(t.get(from), lex)) {
      int close = closingQuote(t, from + 1, n, lex);
      if (close >= n || t.get(close).is(Mark.COMMA) || t.get(close).is(Mark.PERIOD) || participle(t.get(close), lex)) {
        return new Span(from, close, Statement.Mode.DIRECT);
      }
    }
    int to = from;
    while (to < n && !t.get(to).is(Mark.SEMICOLON) && !(t.get(to).is(Mark.COMMA) && to + 1 < n && lex.clauseBreaks.contains(t.get(to + 1).lower()))) {
      to++;
    }
    return to - from >= 2 ? new Span(from, to, mode(t, from, to, lex)) : null;
  }

  /**
   * Whether a clause without "that" opens at {@code k}: a subject pronoun and a word after it
   * ({@code insisted they thought ...}); "it" and "you" are left out, being objects as often.
   */
  private static boolean clauseOpens(List<Token> t, int k, int n, Lexicon lex) {
    return k + 1 < n && lex.clauseSubjects.contains(t.get(k).lower()) && t.get(k + 1).isWord();
  }

  private static boolean hasQuote(List<Token> t, int from, int to, Lexicon lex) {
    for (int k = from; k < to; k++) {
      if (isQuote(t.get(k), lex)) {
        return true;
      }
    }
    return false;
  }

  /** A colon opening the content within a few words: {@code said in a statement: "..."}. */
  private static int colon(List<Token> t, int from, int n, Lexicon lex) {
    for (int k = from; k < Math.min(n, from + 6); k++) {
      if (t.get(k).is(Mark.COLON)) {
        return k;
      }
      if (isQuote(t.get(k), lex) || t.get(k).is(Mark.COMMA) || k == from && !lex.trailing.contains(t.get(k).lower())) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether what follows the cue is only adverbials, an {@code adding ...} clause or nothing. */
  private static boolean trailingRest(List<Token> t, int after, int n, Lexicon lex) {
    if (after >= n) {
      return true;
    }
    Token a = t.get(after);
    return a.is(Mark.COMMA) || a.is(Mark.SEMICOLON) || a.is(Mark.LEFT_PAREN) || lex.trailing.contains(a.lower()) || participle(a, lex);
  }

  /** The token index of a {@code that} opening the content within a few words of the cue. */
  private static Integer that(List<Token> t, int after, int n, Lexicon lex) {
    for (int k = after; k < Math.min(n, after + 8); k++) {
      if (lex.is(t.get(k), Lexicon.Word.THAT)) {
        return k;
      }
      if (t.get(k).is(Mark.COMMA) || isQuote(t.get(k), lex)) {
        return null;
      }
      if (k == after && !lex.trailing.contains(t.get(k).lower())) {
        return null;
      }
    }
    return null;
  }

  private static int skipObject(List<Token> t, int k, int n, Lexicon lex) {
    if (k >= n) {
      return k;
    }
    if (lex.addressees.contains(t.get(k).lower())) {
      return k + 1;
    }
    int j = k;
    if (lex.is(t.get(j), Lexicon.Word.ARTICLE)) {
      for (int h = j + 1; h < Math.min(n, j + 5); h++) {
        if (lex.addresseeHeads.contains(t.get(h).lower())) {
          return h + 1;
        }
      }
      return k;
    }
    while (j < n && (t.get(j).isCapitalised() && t.get(j).isWord() || t.get(j).isPossessive())) {
      j++;
      if (j + 1 < n && !t.get(j).isCapitalised() && t.get(j).isWord() && t.get(j + 1).isCapitalised()
          && !lex.trailing.contains(t.get(j).lower()) && !lex.is(t.get(j), Lexicon.Word.THAT)) {
        j++; // Fox News host Sean Hannity
      }
    }
    return j;
  }

  static int end(List<Token> t) {
    int n = t.size();
    while (n > 0 && (t.get(n - 1).is(Mark.PERIOD) || t.get(n - 1).is(Mark.EXCLAMATION_MARK) || t.get(n - 1).is(Mark.QUESTION_MARK))) {
      n--;
    }
    return n;
  }

  static int closingQuote(List<Token> t, int from, int n, Lexicon lex) {
    for (int k = from; k < n; k++) {
      if (isQuote(t.get(k), lex)) {
        return k + 1;
      }
    }
    return n;
  }

  /** Whether a token is an English quotation mark; for callers that hold no {@link Lexicon}. */
  static boolean isQuote(Token k) {
    return isQuote(k, Lexicon.DEFAULT);
  }

  /** Whether a token is one of the language's quotation marks ({@code quote-marks.tsv}). */
  static boolean isQuote(Token k, Lexicon lex) {
    return lex.quoteMarks.containsKey(k.text());
  }

  static boolean isSeparator(Token k, Lexicon lex) {
    return k.is(Mark.COMMA) || isQuote(k, lex) || k.is(Mark.EM_DASH) || k.is(Mark.DOUBLE_HYPHEN);
  }

  static boolean participle(Token k, Lexicon lex) {
    return lex.endsWith(k.lower(), Lexicon.Suffix.PARTICIPLE) && !k.isCapitalised();
  }

  static Statement.Mode mode(List<Token> t, int from, int to, Lexicon lex) {
    int quotes = 0;
    for (int k = from; k < to; k++) {
      if (isQuote(t.get(k), lex)) {
        quotes++;
      }
    }
    if (quotes == 0) {
      return Statement.Mode.REPORTED;
    }
    boolean opens = from < to && isQuote(t.get(from), lex);
    boolean wrapped = opens && (quotes == 1 || quotes == 2 && isQuote(t.get(to - 1), lex));
    return wrapped ? Statement.Mode.DIRECT : Statement.Mode.MIXED;
  }
}
