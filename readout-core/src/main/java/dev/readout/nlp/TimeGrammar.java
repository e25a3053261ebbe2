package dev.readout.nlp;

import dev.readout.nlp.TimeExpr.Absolute;
import dev.readout.nlp.TimeExpr.Between;
import dev.readout.nlp.TimeExpr.DayOffset;
import dev.readout.nlp.TimeExpr.InMonth;
import dev.readout.nlp.TimeExpr.InYears;
import dev.readout.nlp.TimeExpr.Period;
import dev.readout.nlp.TimeExpr.Since;
import dev.readout.nlp.TimeExpr.Vague;
import dev.readout.nlp.TimeExpr.Weekday;
import dev.readout.nlp.TimeExpr.When;
import dev.readout.nlp.TimeExpr.YearLess;
import dev.readout.nlp.Lexicon.DateWord;
import dev.readout.nlp.Lexicon.Suffix;
import dev.readout.nlp.TimeWords.Kind;
import dev.readout.nlp.TimeWords.Part;
import dev.readout.nlp.TimeWords.Unit;
import dev.readout.nlp.TimeWords.Word;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The grammar of English time expressions, read left to right from one token: dates
 * ({@code 4 May 1987}, {@code May 4, 1987}, {@code March 3-5}, {@code from Sept. 10 to 16}),
 * months and years after a preposition, weekdays ({@code last Friday}, {@code Tuesday and
 * Wednesday}), deictic days ({@code yesterday}, {@code this morning}, {@code two days ago}) and
 * periods ({@code last week}, {@code earlier this year}, {@code at the weekend}). Stateless.
 */
final class TimeGrammar {

  private final TimeWords words;
  private final Lexicon lex;

  /** The grammar over the language's time words and the grammar words of its {@link Lexicon}. */
  TimeGrammar(TimeWords words, Lexicon lex) {
    this.words = words;
    this.lex = lex;
  }

  /** The expression starting at token {@code i}, or empty. */
  /**
   * Whether an expression can start at the token: a number, a capitalised word (a month or a
   * weekday), a time word of the data file, {@code since} or {@code the} ({@code the weekend}). Most
   * tokens cannot, and this test is
   * cheap beside trying every production.
   */
  boolean mayStart(Token t) {
    String w = t.text();
    return !w.isEmpty() && (Character.isDigit(w.charAt(0)) || t.isCapitalised() || words.word(t).isPresent()
        || lex.isLower(t, DateWord.SINCE) || lex.isLower(t, Lexicon.Word.THE));
  }

  Optional<TimeExpr> at(List<Token> t, int i) {
    if (lex.isLower(t.get(i), DateWord.SINCE) && i + 1 < t.size()) {
      Optional<TimeExpr> e = at(t, i + 1).filter(x -> x.from() == i + 1 && !(x.when() instanceof Vague));
      if (e.isPresent()) {
        return Optional.of(new TimeExpr(i, e.get().to(), new Since(e.get().when())));
      }
    }
    TimeExpr e = dayFirst(t, i);
    if (e == null) {
      e = monthFirst(t, i);
    }
    if (e == null) {
      e = ledMonth(t, i);
    }
    if (e != null && e.when() instanceof InMonth first) {
      e = between(t, e, first);
    }
    if (e == null) {
      e = weekday(t, i);
    }
    if (e == null) {
      e = period(t, i);
    }
    if (e == null) {
      e = ago(t, i);
    }
    if (e == null) {
      e = deictic(t, i);
    }
    if (e == null) {
      e = year(t, i);
    }
    return Optional.ofNullable(e != null ? e : vague(t, i));
  }

  /** {@code 4 May 1987}, {@code 10-12 March}, {@code 4th of May}. */
  private TimeExpr dayFirst(List<Token> t, int i) {
    int day = day(t, i);
    if (day == 0) {
      return null;
    }
    int j = i + 1;
    int endDay = day;
    if (j + 1 < t.size() && lex.isLower(t.get(j), DateWord.RANGE) && day(t, j + 1) > 0) {
      endDay = day(t, j + 1);
      j += 2;
    }
    if (j < t.size() && lex.is(t.get(j), Lexicon.Word.OF)) {
      j++;
    }
    Optional<Month> m = month(t, j);
    if (m.isEmpty()) {
      return null;
    }
    return dated(t, i, skipDot(t, j + 1), m.get(), day, m.get(), endDay);
  }

  /** {@code May 4, 1987}, {@code Sept. 10 to 16}, {@code March 30 to April 2}, {@code in February 1987}. */
  private TimeExpr monthFirst(List<Token> t, int i) {
    Optional<Month> m = month(t, i);
    if (m.isEmpty()) {
      return null;
    }
    int j = skipDot(t, i + 1);
    int day = day(t, j);
    if (day == 0) {
      return monthOnly(t, i, j, m.get());
    }
    j++;
    Month endMonth = m.get();
    int endDay = day;
    if (j + 1 < t.size() && lex.isLower(t.get(j), DateWord.RANGE)) {
      Optional<Month> m2 = month(t, j + 1);
      int k = m2.isPresent() ? skipDot(t, j + 2) : j + 1;
      if (day(t, k) > 0) {
        endMonth = m2.orElse(endMonth);
        endDay = day(t, k);
        j = k + 1;
      }
    }
    return dated(t, i, j, m.get(), day, endMonth, endDay);
  }

  /** A month with a year ({@code February 1987}) or after a preposition ({@code in February}); else not a date. */
  private TimeExpr monthOnly(List<Token> t, int i, int j, Month m) {
    int comma = j < t.size() && t.get(j).is(Mark.COMMA) ? j + 1 : j;
    Optional<Year> y = year(comma < t.size() ? t.get(comma) : null);
    if (y.isPresent()) {
      return new TimeExpr(i, comma + 1, new InMonth(m, y, 0, Part.WHOLE));
    }
    boolean led = i > 0 && words.is(t.get(i - 1), Kind.PREPOSITION);
    return led ? new TimeExpr(i, j, new InMonth(m, Optional.empty(), 0, Part.WHOLE)) : null;
  }

  /** {@code late June or early July}, {@code March to May}: one span; else {@code e} itself. */
  private TimeExpr between(List<Token> t, TimeExpr e, InMonth first) {
    int j = e.to();
    if (j + 1 >= t.size() || !lex.isLower(t.get(j), DateWord.ALTERNATIVE)) {
      return e;
    }
    TimeExpr next = ledMonth(t, j + 1);
    Optional<Month> m = month(t, j + 1);
    if (next == null && m.isPresent() && day(t, skipDot(t, j + 2)) == 0) {
      TimeExpr withYear = monthOnly(t, j + 1, skipDot(t, j + 2), m.get());
      next = withYear != null ? withYear
          : new TimeExpr(j + 1, skipDot(t, j + 2), new InMonth(m.get(), Optional.empty(), 0, Part.WHOLE));
    }
    if (next == null || !(next.when() instanceof InMonth last) || first.year().isPresent() != last.year().isPresent()) {
      return e;
    }
    return new TimeExpr(e.from(), next.to(), new Between(first, last));
  }

  /** {@code last October}, {@code next March}, {@code early April}, {@code late November 1986}. */
  private TimeExpr ledMonth(List<Token> t, int i) {
    int j = i;
    int shift = 0;
    Part part = Part.WHOLE;
    Optional<Word> w = words.word(t.get(j));
    if (w.isPresent() && w.get().kind() == Kind.SHIFT) {
      shift = w.get().number();
      w = ++j < t.size() ? words.word(t.get(j)) : Optional.empty();
    }
    if (w.isPresent() && w.get().kind() == Kind.PART) {
      part = Part.valueOf(w.get().value().toUpperCase(Locale.ROOT));
      j++;
    }
    Optional<Month> m = month(t, j);
    if (j == i || m.isEmpty() || day(t, skipDot(t, j + 1)) > 0 || part == Part.EARLIER || part == Part.LATER) {
      return null;
    }
    int end = skipDot(t, j + 1);
    int comma = end < t.size() && t.get(end).is(Mark.COMMA) ? end + 1 : end;
    Optional<Year> y = year(comma < t.size() ? t.get(comma) : null);
    return new TimeExpr(i, y.isPresent() ? comma + 1 : end, new InMonth(m.get(), y, y.isPresent() ? 0 : shift, part));
  }

  /** A day or run of days from {@code m}/{@code day} to {@code m2}/{@code day2}, a year perhaps after them. */
  private TimeExpr dated(List<Token> t, int i, int j, Month m, int day, Month m2, int day2) {
    Optional<MonthDay> start = Reckoner.monthDay(m, day);
    Optional<MonthDay> end = Reckoner.monthDay(m2, day2);
    if (start.isEmpty() || end.isEmpty()) {
      return null;
    }
    int comma = j < t.size() && t.get(j).is(Mark.COMMA) ? j + 1 : j;
    Optional<Year> y = year(comma < t.size() ? t.get(comma) : null);
    if (y.isEmpty()) {
      return new TimeExpr(i, j, new YearLess(start.get(), end.get()));
    }
    try {
      LocalDate a = y.get().atMonthDay(start.get());
      LocalDate b = y.get().atMonthDay(end.get());
      if (a.getDayOfMonth() != day || b.isBefore(a)) {
        return null; // 29 February of a common year, or a range running backwards
      }
      return new TimeExpr(i, comma + 1, new Absolute(a, b));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code [last|next|this] Tuesday [and Wednesday] [night]}, or a weekday before a date. */
  private TimeExpr weekday(List<Token> t, int i) {
    int shift = 0;
    int j = i;
    Optional<Word> w = words.word(t.get(i));
    if (w.isPresent() && w.get().kind() == Kind.SHIFT && i + 1 < t.size()) {
      shift = lex.isLower(t.get(i), DateWord.THIS) && lex.isLower(t.get(i + 1), DateWord.COMING) ? 1 : w.get().number();
      j = shift == 1 && lex.isLower(t.get(i + 1), DateWord.COMING) ? i + 2 : i + 1;
    }
    Optional<DayOfWeek> first = weekdayAt(t, j);
    if (first.isEmpty()) {
      return null;
    }
    int k = j + 1 < t.size() && t.get(j + 1).is(Mark.COMMA) ? j + 2 : j + 1;
    if (shift == 0 && k < t.size()) {
      TimeExpr date = dayFirst(t, k) != null ? dayFirst(t, k) : monthFirst(t, k);
      if (date != null) {
        return new TimeExpr(i, date.to(), date.when()); // Tuesday, March 3: the date says it
      }
    }
    DayOfWeek last = first.get();
    j++;
    if (j + 1 < t.size() && lex.isLower(t.get(j), DateWord.RANGE) && weekdayAt(t, j + 1).isPresent()) {
      last = weekdayAt(t, j + 1).get();
      j += 2;
    }
    if (j < t.size() && words.is(t.get(j), Kind.DAYPART)) {
      j++;
    }
    return new TimeExpr(i, j, new Weekday(first.get(), last, shift));
  }

  /** {@code [earlier|later] this|last|next [coming] week|weekend|month|year}, {@code at the weekend}, {@code this morning}, {@code last night}. */
  private TimeExpr period(List<Token> t, int i) {
    int j = i;
    Part part = Part.WHOLE;
    Optional<Word> w = words.word(t.get(j));
    if (w.isPresent() && w.get().kind() == Kind.PART && j + 1 < t.size()) {
      part = Part.valueOf(w.get().value().toUpperCase(Locale.ROOT));
      w = words.word(t.get(++j));
    }
    int shift;
    if (w.isPresent() && w.get().kind() == Kind.SHIFT && j + 1 < t.size()) {
      shift = w.get().number();
      j++;
      if (shift == 0 && lex.isLower(t.get(j), DateWord.COMING) && j + 1 < t.size()) {
        shift = 1;
        j++;
      }
    } else if (lex.isLower(t.get(j), Lexicon.Word.THE) && j + 1 < t.size() && lex.isLower(t.get(j + 1), DateWord.WEEKEND)) {
      shift = 0;
      j++;
    } else {
      return null;
    }
    Optional<Word> u = words.word(t.get(j));
    if (u.isPresent() && u.get().kind() == Kind.DAYPART) {
      boolean lastNight = shift < 0 && !lex.isLower(t.get(j), DateWord.SAME_DAY);
      return shift > 0 ? null : new TimeExpr(i, j + 1, new DayOffset(lastNight ? -1 : 0));
    }
    if (u.isEmpty() || u.get().kind() != Kind.UNIT || lex.endsWith(t.get(j).lower(), Suffix.PLURAL)) {
      return null; // "last weeks" is no period
    }
    Unit unit = unit(u.get());
    return unit == Unit.DAY ? null : new TimeExpr(i, j + 1, new Period(unit, shift, shift == 0 && (part == Part.EARLIER || part == Part.LATER) ? part : Part.WHOLE));
  }

  /** {@code two days ago}, {@code a week ago}, {@code three years ago}. */
  private TimeExpr ago(List<Token> t, int i) {
    if (i + 2 >= t.size() || !words.is(t.get(i + 2), Kind.AGO)) {
      return null;
    }
    Optional<Word> n = words.word(t.get(i)).filter(w -> w.kind() == Kind.NUMBER);
    int count = n.isPresent() ? n.get().number() : Math.min(day(t, i), 31);
    Optional<Word> u = words.word(t.get(i + 1)).filter(w -> w.kind() == Kind.UNIT);
    if (count == 0 || u.isEmpty()) {
      return null;
    }
    When when = switch (unit(u.get())) {
      case DAY -> new DayOffset(-count);
      case WEEK, WEEKEND -> new DayOffset(-7 * count);
      case MONTH -> new Period(Unit.MONTH, -count, Part.WHOLE);
      case YEAR -> new Period(Unit.YEAR, -count, Part.WHOLE);
    };
    return new TimeExpr(i, i + 3, when);
  }

  /** {@code yesterday}, {@code today}, {@code tonight}, {@code tomorrow [morning]}. */
  private TimeExpr deictic(List<Token> t, int i) {
    Optional<Word> w = words.word(t.get(i)).filter(x -> x.kind() == Kind.DAY);
    if (w.isEmpty()) {
      return null;
    }
    int j = i + 1 < t.size() && words.is(t.get(i + 1), Kind.DAYPART) ? i + 2 : i + 1;
    return new TimeExpr(i, j, new DayOffset(w.get().number()));
  }

  /** A year after a preposition or a part word ({@code in 1987}, {@code early 1987}), or a decade ({@code the 1970s}). */
  private TimeExpr year(List<Token> t, int i) {
    Optional<Year> y = year(t.get(i));
    if (y.isEmpty() || i == 0) {
      return null;
    }
    if (i + 1 < t.size() && lex.is(t.get(i + 1), DateWord.DECADE) && t.get(i + 1).start() == t.get(i).end() && y.get().getValue() % 10 == 0) {
      return new TimeExpr(i, i + 2, new InYears(y.get(), y.get().plusYears(9)));
    }
    boolean led = words.is(t.get(i - 1), Kind.PREPOSITION) || words.is(t.get(i - 1), Kind.PART);
    return led ? new TimeExpr(i, i + 1, new InYears(y.get(), y.get())) : null;
  }

  /** A lone time word or year that resolves to nothing but tells that time is spoken of. */
  private TimeExpr vague(List<Token> t, int i) {
    Token k = t.get(i);
    boolean vague = words.is(k, Kind.VAGUE) || words.is(k, Kind.AGO) || year(k).isPresent()
        || words.is(k, Kind.UNIT) && !k.lower().startsWith("day") || lex.isLower(k, DateWord.EARLIER);
    return vague ? new TimeExpr(i, i + 1, new Vague()) : null;
  }

  private static Unit unit(Word w) {
    return Unit.valueOf(w.value().toUpperCase(Locale.ROOT));
  }

  private Optional<Month> month(List<Token> t, int i) {
    return i < t.size() ? words.month(t.get(i)) : Optional.empty();
  }

  private Optional<DayOfWeek> weekdayAt(List<Token> t, int i) {
    return i < t.size() ? words.weekday(t.get(i)) : Optional.empty();
  }

  private static int skipDot(List<Token> t, int j) {
    return j < t.size() && t.get(j).is(Mark.PERIOD) ? j + 1 : j;
  }

  /** A day of the month, 1 to 31, perhaps with an ordinal ending ({@code 20th}); else 0. */
  int day(List<Token> t, int i) {
    if (i >= t.size()) {
      return 0;
    }
    String w = t.get(i).lower();
    int d = 0;
    while (d < w.length() && d < 3 && w.charAt(d) >= '0' && w.charAt(d) <= '9') {
      d++;
    }
    String rest = w.substring(d);
    if (d == 0 || d > 2 || !(rest.isEmpty() || lex.dateWords.get(DateWord.ORDINAL).contains(rest))) {
      return 0;
    }
    int n = Integer.parseInt(w.substring(0, d));
    return n <= 31 ? n : 0;
  }

  /** A year 1900 to 2099 written as four digits. */
  static Optional<Year> year(Token t) {
    return t != null && Dates.isYear(t.text()) ? Optional.of(Year.of(Integer.parseInt(t.text()))) : Optional.empty();
  }
}
