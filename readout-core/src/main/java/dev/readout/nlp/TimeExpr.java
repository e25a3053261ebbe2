package dev.readout.nlp;

import dev.readout.nlp.TimeWords.Part;
import dev.readout.nlp.TimeWords.Unit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * A time expression of a sentence: its tokens {@code [from, to)} and what it says, before it is
 * resolved against an article's reference day ({@link Dates#resolve}). Immutable.
 *
 * @param from the first token
 * @param to one past the last token, after {@code from}
 * @param when what the words say
 */
record TimeExpr(int from, int to, When when) {

  TimeExpr {
    Objects.requireNonNull(when, "when");
    if (from < 0 || to <= from) {
      throw new IllegalArgumentException("bad token range [" + from + ", " + to + ")");
    }
  }

  /** What a time expression says, one record per kind of expression. */
  sealed interface When {}

  /** Days fixed by the text alone: {@code 4 May 1987}, {@code Sept. 10 to 16, 2020}. */
  record Absolute(LocalDate start, LocalDate end) implements When {
    Absolute {
      if (end.isBefore(start)) {
        throw new IllegalArgumentException("ends before it starts: " + start + "/" + end);
      }
    }
  }

  /** A month and day (or days) whose year the reader infers: {@code March 3-5}. */
  record YearLess(MonthDay start, MonthDay end) implements When {}

  /**
   * A month, its year stated ({@code in February 1987}) or left to the reader ({@code in
   * February}, {@code last October}: shift -1, {@code next March}: 1); {@code part} narrows it to
   * its first ten days ({@code early}), the 11th to the 20th ({@code mid}) or the 20th on
   * ({@code late}).
   */
  record InMonth(Month month, Optional<Year> year, int shift, Part part) implements When {
    InMonth {
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(part, "part");
    }
  }

  /** A year or a decade: {@code in 1987}, {@code the 1970s}. */
  record InYears(Year first, Year last) implements When {}

  /** A day counted from the reference day: {@code yesterday} is -1, {@code two days ago} -2. */
  record DayOffset(int days) implements When {}

  /**
   * One weekday or a run of them ({@code Tuesday and Wednesday}); {@code shift} is -1 for
   * {@code last}, 1 for {@code next}, 0 when the tense decides.
   */
  record Weekday(DayOfWeek first, DayOfWeek last, int shift) implements When {}

  /**
   * A period around the reference day: {@code last week} is (WEEK, -1, WHOLE), {@code earlier this
   * year} (YEAR, 0, EARLIER). A {@code WEEKEND} with offset 0 is the one the tense points to.
   */
  record Period(Unit unit, int offset, Part part) implements When {}

  /** From the start of one month to the end of another: {@code late June or early July}. */
  record Between(InMonth first, InMonth last) implements When {
    Between {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
    }
  }

  /** From a day or period to the reference day: {@code since June 1}, {@code since last November}. */
  record Since(When start) implements When {
    Since {
      Objects.requireNonNull(start, "start");
    }
  }

  /** A time word that never resolves ({@code recently}, a lone {@code week}). */
  record Vague() implements When {}
}
