package dev.readout.nlp;

import dev.readout.nlp.Lexicon.DateWord;
import java.util.List;
import java.util.Objects;

/**
 * Dates one event from raw text, for callers outside the annotator (the gold bench measures
 * {@link Dates#forEvent} through it): tokenizes the sentence, finds the trigger token and the clause
 * around it, and returns the clause's date. Stateless and thread-safe.
 */
public final class EventDates {

  /** Which words around the trigger may date it. */
  public enum Clause {
    /** The whole sentence. */
    SENTENCE,
    /** The stretch between the nearest punctuation marks ({@code , ; : ( ) —}) around the trigger. */
    PUNCTUATION,
    /** As {@link #PUNCTUATION}, also stopping at a conjunction that opens a new clause ({@code but}, {@code while}). */
    CONJUNCTION,
    /**
     * The {@link #PUNCTUATION} clause first; when nothing in it resolves, the sentence up to the
     * clause's end (a later clause's time rarely dates an earlier event; a leading "On Tuesday,"
     * frames the whole sentence).
     */
    NEAREST
  }

  private static final Dates DATES = new Dates();

  private EventDates() {}

  /**
   * The date of the event whose trigger starts at or after {@code trigger}, from the sentence
   * {@code text[sentenceStart, sentenceEnd)}; {@link Dated#NONE} when no expression in its clause
   * resolves or the sentence has no token at or after the trigger.
   *
   * @param text the story text; not null
   * @param future whether the event is still to come (scheduled, proposed)
   * @throws IllegalArgumentException if the offsets are not {@code 0 <= sentenceStart <= trigger < sentenceEnd <= text.length()}
   */
  public static Dated date(String text, int sentenceStart, int sentenceEnd, int trigger, Clause clause,
      Anchor anchor, boolean future) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(anchor, "anchor");
    if (sentenceStart < 0 || trigger < sentenceStart || trigger >= sentenceEnd || sentenceEnd > text.length()) {
      throw new IllegalArgumentException("sentence [" + sentenceStart + ", " + sentenceEnd + ") trigger " + trigger
          + " in a text of " + text.length());
    }
    List<Token> t = Tokenizer.tokens(text, sentenceStart, sentenceEnd);
    int k = 0;
    while (k < t.size() && t.get(k).end() <= trigger) {
      k++;
    }
    if (k == t.size()) {
      return Dated.NONE;
    }
    return inClause(t, k, clause, anchor, future);
  }

  /** The date of the event whose trigger is token {@code k} of a sentence's tokens, by the clause rule given. */
  static Dated inClause(List<Token> t, int k, Clause clause, Anchor anchor, boolean future) {
    return inClause(t, DATES.find(t), k, clause, anchor, future);
  }

  /** {@link #inClause(List, int, Clause, Anchor, boolean)} over the sentence's expressions already found. */
  static Dated inClause(List<Token> t, List<TimeExpr> found, int k, Clause clause, Anchor anchor, boolean future) {
    int n = t.size();
    if (clause == Clause.SENTENCE) {
      return DATES.forEvent(n, found, 0, n, k, anchor, future);
    }
    int end = edge(t, k, 1, clause);
    Dated inClause = DATES.forEvent(n, found, edge(t, k, -1, clause), end, k, anchor, future);
    return inClause.date().isPresent() || clause != Clause.NEAREST ? inClause
        : DATES.forEvent(n, found, 0, end, k, anchor, future);
  }

  /** The clause's first token (step -1) or one past its last (step 1). */
  private static int edge(List<Token> t, int k, int step, Clause clause) {
    int i = k;
    while (i + step >= 0 && i + step < t.size() && !stops(t.get(i + step), clause)) {
      i += step;
    }
    return step < 0 ? i : i + 1;
  }

  private static boolean stops(Token w, Clause clause) {
    return Lexicon.DEFAULT.is(w, DateWord.CLAUSE_MARK) || clause == Clause.CONJUNCTION && Lexicon.DEFAULT.isLower(w, DateWord.CONJUNCTION);
  }
}
