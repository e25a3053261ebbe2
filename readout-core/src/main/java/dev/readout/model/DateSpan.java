package dev.readout.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * A day or a span of days, or a month and day whose year the text does not give. Its JSON form is
 * {@code YYYY-MM-DD}, {@code YYYY-MM-DD/YYYY-MM-DD} or {@code --MM-DD}.
 *
 * @param start the first day (for a year-less date: that month and day in the year 2000, a leap
 *     year, so that 29 February is representable)
 * @param end the last day, on or after {@code start}; equal to it for a single day
 * @param yearKnown whether the year is known; when not, {@code start} equals {@code end}
 */
public record DateSpan(LocalDate start, LocalDate end, boolean yearKnown) {

  private static final int NO_YEAR = 2000;

  public DateSpan {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("span ends before it starts: " + start + "/" + end);
    }
    if (!yearKnown && !start.equals(end)) {
      throw new IllegalArgumentException("a year-less date is one day: " + start + "/" + end);
    }
  }

  /** One day. */
  public static DateSpan day(LocalDate day) {
    return new DateSpan(day, day, true);
  }

  /** The days from {@code start} to {@code end}, both included. */
  public static DateSpan of(LocalDate start, LocalDate end) {
    return new DateSpan(start, end, true);
  }

  /** A month and day with no year. */
  public static DateSpan yearless(MonthDay day) {
    LocalDate d = day.atYear(NO_YEAR);
    return new DateSpan(d, d, false);
  }

  /** Whether this is a single day. */
  public boolean isDay() {
    return start.equals(end);
  }

  /** The ISO form: {@code 2021-02-04}, {@code 2020-09-10/2020-09-16} or {@code --02-04}. */
  @JsonValue
  @Override
  public String toString() {
    if (!yearKnown) {
      return MonthDay.from(start).toString();
    }
    return isDay() ? start.toString() : start + "/" + end;
  }

  /** Reads the ISO form back; empty for anything else. */
  public static Optional<DateSpan> parse(String iso) {
    if (iso == null) {
      return Optional.empty();
    }
    try {
      if (iso.startsWith("--")) {
        return Optional.of(yearless(MonthDay.parse(iso)));
      }
      int slash = iso.indexOf('/');
      if (slash < 0) {
        return Optional.of(day(LocalDate.parse(iso)));
      }
      LocalDate a = LocalDate.parse(iso.substring(0, slash));
      LocalDate b = LocalDate.parse(iso.substring(slash + 1));
      return b.isBefore(a) ? Optional.empty() : Optional.of(of(a, b));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  @JsonCreator
  static DateSpan fromJson(String iso) {
    return parse(iso).orElseThrow(() -> new IllegalArgumentException("not a date or span: " + iso));
  }
}
