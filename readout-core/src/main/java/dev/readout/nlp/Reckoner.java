package dev.readout.nlp;

import dev.readout.model.DateSpan;
import dev.readout.nlp.TimeExpr.Absolute;
import dev.readout.nlp.TimeExpr.Between;
import dev.readout.nlp.TimeExpr.DayOffset;
import dev.readout.nlp.TimeExpr.InMonth;
import dev.readout.nlp.TimeExpr.InYears;
import dev.readout.nlp.TimeExpr.Period;
import dev.readout.nlp.TimeExpr.Since;
import dev.readout.nlp.TimeExpr.Weekday;
import dev.readout.nlp.TimeExpr.When;
import dev.readout.nlp.TimeExpr.YearLess;
import dev.readout.nlp.TimeWords.Part;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Counts the days a time expression names from a reference day, following docs/annotation.md
 * section 6: weeks run Monday to Sunday, {@code earlier this month} runs from the month's first day
 * to the reference day, a bare weekday is the latest such day on or before the reference day (on or
 * after it for the future), a month without a year is the one nearest the
 * reference day on the side the tense points to. Stateless.
 */
final class Reckoner {

  private Reckoner() {}

  /** The days {@code when} names, counted from {@code ref}; empty for a vague expression. */
  static Optional<DateSpan> reckon(When when, LocalDate ref, boolean future) {
    if (when instanceof Absolute a) {
      return Optional.of(DateSpan.of(a.start(), a.end()));
    } else if (when instanceof YearLess y) {
      return Optional.of(yearLess(y, ref, future));
    } else if (when instanceof InMonth m) {
      return Optional.of(month(m, ref, future));
    } else if (when instanceof InYears y) {
      return Optional.of(DateSpan.of(y.first().atDay(1), y.last().atMonth(12).atEndOfMonth()));
    } else if (when instanceof DayOffset d) {
      return Optional.of(DateSpan.day(ref.plusDays(d.days())));
    } else if (when instanceof Weekday w) {
      return Optional.of(weekday(w, ref, future));
    } else if (when instanceof Period p) {
      return Optional.of(period(p, ref, future));
    } else if (when instanceof Between b) {
      DateSpan first = month(b.first(), ref, future);
      DateSpan last = month(b.last(), ref, future);
      LocalDate end = last.end().isBefore(first.start()) ? last.end().plusYears(1) : last.end();
      return Optional.of(DateSpan.of(first.start(), end));
    } else if (when instanceof Since since) {
      return reckon(since.start(), ref, false).map(d -> since(d.start(), since.start(), ref));
    }
    return Optional.empty();
  }

  /** From {@code start} to the reference day; a start the reader dated ahead of it is the year before. */
  private static DateSpan since(LocalDate start, When from, LocalDate ref) {
    boolean yearInferred = from instanceof YearLess || from instanceof InMonth m && m.year().isEmpty();
    LocalDate s = start.isAfter(ref) && yearInferred ? start.minusYears(1) : start;
    return s.isAfter(ref) ? DateSpan.of(ref, ref) : DateSpan.of(s, ref);
  }

  private static DateSpan yearLess(YearLess y, LocalDate ref, boolean future) {
    YearMonth ym = nearest(YearMonth.of(ref.getYear(), y.start().getMonth()), ref, future);
    LocalDate start = y.start().atYear(ym.getYear());
    LocalDate end = y.end().atYear(ym.getYear());
    return DateSpan.of(start, end.isBefore(start) ? y.end().atYear(ym.getYear() + 1) : end);
  }

  /**
   * The year of a month named without one: the month in the reference year, moved a year back when
   * it starts more than three months after the reference day (for the past) or forward when it
   * ended more than three months before it (for the future).
   */
  private static YearMonth nearest(YearMonth m, LocalDate ref, boolean future) {
    YearMonth here = YearMonth.from(ref);
    if (!future && m.isAfter(here.plusMonths(3))) {
      return m.minusYears(1);
    }
    return future && m.isBefore(here.minusMonths(3)) ? m.plusYears(1) : m;
  }

  private static DateSpan month(InMonth m, LocalDate ref, boolean future) {
    YearMonth here = YearMonth.from(ref);
    YearMonth ym = YearMonth.of(ref.getYear(), m.month());
    if (m.year().isPresent()) {
      ym = m.year().get().atMonth(m.month());
    } else if (m.shift() < 0) {
      ym = ym.isBefore(here) ? ym : ym.minusYears(1);
    } else if (m.shift() > 0) {
      ym = ym.isAfter(here) ? ym : ym.plusYears(1);
    } else {
      ym = nearest(ym, ref, future);
    }
    return switch (m.part()) {
      case EARLY -> DateSpan.of(ym.atDay(1), ym.atDay(10));
      case MID -> DateSpan.of(ym.atDay(11), ym.atDay(20));
      case LATE -> DateSpan.of(ym.atDay(20), ym.atEndOfMonth());
      default -> DateSpan.of(ym.atDay(1), ym.atEndOfMonth());
    };
  }

  /**
   * A bare weekday looks back or ahead, the reference day included; {@code last}/{@code next}
   * exclude it. A run of weekdays in the past ends by the reference day; in the future it starts
   * from it.
   */
  private static DateSpan weekday(Weekday w, LocalDate ref, boolean future) {
    boolean ahead = w.shift() > 0 || w.shift() == 0 && future;
    if (ahead) {
      LocalDate first = ref.with(w.shift() > 0 ? TemporalAdjusters.next(w.first()) : TemporalAdjusters.nextOrSame(w.first()));
      return DateSpan.of(first, first.with(TemporalAdjusters.nextOrSame(w.last())));
    }
    LocalDate last = ref.with(w.shift() < 0 ? TemporalAdjusters.previous(w.last()) : TemporalAdjusters.previousOrSame(w.last()));
    return DateSpan.of(last.with(TemporalAdjusters.previousOrSame(w.first())), last);
  }

  private static DateSpan period(Period p, LocalDate ref, boolean future) {
    return switch (p.unit()) {
      case DAY -> DateSpan.day(ref.plusDays(p.offset()));
      case WEEK -> part(ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(p.offset()), 7, p, ref);
      case MONTH -> {
        YearMonth m = YearMonth.from(ref).plusMonths(p.offset());
        yield part(m.atDay(1), m.lengthOfMonth(), sofar(p, future), ref);
      }
      case YEAR -> {
        LocalDate first = ref.withDayOfYear(1).plusYears(p.offset());
        yield part(first, first.lengthOfYear(), sofar(p, future), ref);
      }
      case WEEKEND -> weekend(p.offset(), ref, future);
    };
  }

  /** {@code this month} and {@code this year} in the past run up to the reference day only. */
  private static Period sofar(Period p, boolean future) {
    return p.offset() == 0 && p.part() == Part.WHOLE && !future ? new Period(p.unit(), 0, Part.EARLIER) : p;
  }

  private static DateSpan part(LocalDate first, int days, Period p, LocalDate ref) {
    LocalDate last = first.plusDays(days - 1L);
    boolean inside = p.offset() == 0 && !ref.isBefore(first) && !ref.isAfter(last);
    if (inside && p.part() == Part.EARLIER) {
      return DateSpan.of(first, ref);
    }
    return inside && p.part() == Part.LATER && ref.isBefore(last) ? DateSpan.of(ref.plusDays(1), last) : DateSpan.of(first, last);
  }

  /** {@code at the weekend}: the last one for the past, the coming one for the future. */
  private static DateSpan weekend(int offset, LocalDate ref, boolean future) {
    boolean ahead = offset > 0 || offset == 0 && future;
    LocalDate saturday = ahead
        ? ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
        : ref.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    return DateSpan.of(saturday, saturday.plusDays(1));
  }

  /** A month-day that is not a day of the year 2000 (a leap year) is no date: {@code Feb 30}. */
  static Optional<MonthDay> monthDay(java.time.Month m, int day) {
    return day >= 1 && day <= m.maxLength() ? Optional.of(MonthDay.of(m, day)) : Optional.empty();
  }
}
