package dev.readout.nlp;

import dev.readout.model.DateSource;
import dev.readout.model.DateSpan;
import dev.readout.nlp.TimeExpr.Absolute;
import dev.readout.nlp.TimeExpr.Between;
import dev.readout.nlp.TimeExpr.DayOffset;
import dev.readout.nlp.TimeExpr.InMonth;
import dev.readout.nlp.TimeExpr.InYears;
import dev.readout.nlp.TimeExpr.Weekday;
import dev.readout.nlp.TimeExpr.When;
import dev.readout.nlp.TimeExpr.YearLess;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one owner of time expressions in text: finds them in a sentence ({@link #find}), resolves
 * them against an article's {@link Anchor} as docs/annotation.md section 6 says ({@link #resolve})
 * and picks the one that dates an event from the event's clause ({@link #forEvent}). A full date,
 * a month or a year is {@code stated} (a month and day without a year takes the year nearest the
 * reference day, or stays {@code --MM-DD} with no anchor at all); a day or period counted from the
 * reference day is {@code dateline_relative} when the article has a dateline day, else
 * {@code published_relative}. Immutable and thread-safe.
 */
final class Dates {

  /** A time expression with the value the legacy callers read: tokens {@code [from, to)}, its ISO day or days. */
  record Expr(int from, int to, Optional<String> value) {}

  private static final TimeGrammar GRAMMAR = new TimeGrammar(TimeWords.ENGLISH, Lexicon.DEFAULT);

  private final Optional<LocalDate> ref;

  /** Dates with no reference day of their own: {@link #resolve} takes the anchor. */
  Dates() {
    this(Optional.empty());
  }

  /** Dates whose {@link #value} counts from {@code ref} (the dateline's day, else the publication day). */
  Dates(Optional<LocalDate> ref) {
    this.ref = Objects.requireNonNull(ref, "ref");
  }

  Optional<LocalDate> reference() {
    return ref;
  }

  /** Every time expression of a sentence's tokens, in order, none overlapping; never null. */
  List<TimeExpr> find(List<Token> tokens) {
    List<TimeExpr> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!GRAMMAR.mayStart(tokens.get(i))) {
        continue;
      }
      Optional<TimeExpr> e = GRAMMAR.at(tokens, i);
      if (e.isPresent()) {
        out.add(e.get());
        i = e.get().to() - 1;
      }
    }
    return out;
  }

  /**
   * The days {@code e} names in an article anchored at {@code anchor}, {@code future} when its
   * clause speaks of what is still to come. Absolute expressions are {@code STATED}; relative ones
   * count from the dateline's day ({@code DATELINE_RELATIVE}) else the publication day
   * ({@code PUBLISHED_RELATIVE}) and are {@link Dated#NONE} without either.
   */
  Dated resolve(TimeExpr e, Anchor anchor, boolean future) {
    When w = e.when();
    Optional<LocalDate> day = anchor.day();
    if (w instanceof Absolute || w instanceof InYears || w instanceof InMonth m && m.year().isPresent()
        || w instanceof Between b && b.first().year().isPresent()) {
      // a stated year needs no anchor; EPOCH stands in for the unused reference day
      return stated(Reckoner.reckon(w, LocalDate.EPOCH, future));
    }
    if (w instanceof YearLess y && day.isEmpty()) {
      return Dated.of(DateSpan.yearless(y.start()), DateSource.STATED);
    }
    if (day.isEmpty()) {
      return Dated.NONE;
    }
    Optional<DateSpan> span = Reckoner.reckon(w, day.get(), future);
    if (w instanceof YearLess) {
      return stated(span);
    }
    DateSource source = anchor.dateline().isPresent() ? DateSource.DATELINE_RELATIVE : DateSource.PUBLISHED_RELATIVE;
    return span.map(s -> Dated.of(s, source)).orElse(Dated.NONE);
  }

  private static Dated stated(Optional<DateSpan> span) {
    return span.map(s -> Dated.of(s, DateSource.STATED)).orElse(Dated.NONE);
  }

  /**
   * The date of an event whose trigger is token {@code trigger}: the resolving time expression
   * starting inside the clause {@code [clauseFrom, clauseTo)} nearest the trigger (a date may run on
   * past a comma: {@code May 4, 1987}) (on a tie, the one after
   * it), or {@link Dated#NONE}. Whether the dateline or publication day then applies as the day's
   * news is the caller's decision.
   *
   * @throws IllegalArgumentException if the clause is not inside the tokens or the trigger not inside the clause
   */
  Dated forEvent(List<Token> tokens, int clauseFrom, int clauseTo, int trigger, Anchor anchor, boolean future) {
    return forEvent(tokens.size(), find(tokens), clauseFrom, clauseTo, trigger, anchor, future);
  }

  /**
   * {@link #forEvent(List, int, int, int, Anchor, boolean)} over expressions already {@link #find found}
   * in a sentence of {@code size} tokens, for callers that date several events of one sentence.
   */
  Dated forEvent(int size, List<TimeExpr> found, int clauseFrom, int clauseTo, int trigger, Anchor anchor,
      boolean future) {
    if (clauseFrom < 0 || clauseTo > size || trigger < clauseFrom || trigger >= clauseTo) {
      throw new IllegalArgumentException("clause [" + clauseFrom + ", " + clauseTo + ") trigger " + trigger
          + " over " + size + " tokens");
    }
    Dated best = Dated.NONE;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpr e : found) {
      if (e.from() < clauseFrom || e.from() >= clauseTo) {
        continue;
      }
      int distance = e.from() > trigger ? 2 * (e.from() - trigger) : e.to() <= trigger ? 2 * (trigger - e.to() + 1) + 1 : 0;
      Dated d = distance < bestDistance ? resolve(e, anchor, future) : Dated.NONE;
      if (d.date().isPresent()) {
        best = d;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * The legacy value of an expression found in {@code t}: the ISO day or days of a date, weekday or
   * deictic day counted from this instance's reference day (a weekday on or before it, the next
   * one after {@code will}); months, years and periods give none. Kept for the engagement stage
   * until it moves to {@link #resolve}.
   */
  Optional<String> value(List<Token> t, TimeExpr e) {
    When w = e.when();
    if (w instanceof Absolute) {
      return resolve(e, Anchor.NONE, false).date().map(DateSpan::toString);
    }
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    LocalDate r = ref.get();
    if (w instanceof YearLess y) {
      int year = y.start().atYear(r.getYear()).isAfter(r.plusDays(7)) ? r.getYear() - 1 : r.getYear();
      LocalDate a = y.start().atYear(year);
      LocalDate b = y.end().atYear(year);
      return Optional.of(DateSpan.of(a, b.isBefore(a) ? a : b).toString());
    }
    if (w instanceof DayOffset d && Math.abs(d.days()) <= 1) {
      return Optional.of(r.plusDays(d.days()).toString());
    }
    if (w instanceof Weekday d) {
      boolean next = d.shift() > 0 || future(t, e.from());
      return Optional.of(r.with(next ? TemporalAdjusters.next(d.first()) : TemporalAdjusters.previousOrSame(d.first())).toString());
    }
    return Optional.empty();
  }

  /** The legacy expressions of the tokens: {@link #find} with each one's {@link #value}. */
  List<Expr> exprs(List<Token> t) {
    return exprs(t, find(t));
  }

  /** The legacy expressions of expressions already found in {@code t}. */
  List<Expr> exprs(List<Token> t, List<TimeExpr> found) {
    return found.stream().map(e -> new Expr(e.from(), e.to(), value(t, e))).toList();
  }

  /** Whether the sentence speaks of the future before token i ({@code will meet on Tuesday}). */
  static boolean future(List<Token> t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 9) && !t.get(k).is(Mark.COMMA); k--) {
      if (Lexicon.DEFAULT.isLower(t.get(k), Lexicon.DateWord.FUTURE)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word is a year 1900 to 2099 in four digits. */
  static boolean isYear(String w) {
    return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && Character.isDigit(w.charAt(2))
        && Character.isDigit(w.charAt(3));
  }
}
