package dev.readout.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * The wire dateline that opens a story ({@code BEIJING, Feb. 4 (Xinhua) --}).
 *
 * @param place the city as a place name ({@code Beijing}), if stated
 * @param day the month and day as stated, if stated
 * @param date the full date when the year follows from evidence in the page; otherwise empty
 * @param agency the agency credited in the dateline, if any
 */
public record Dateline(
    Optional<String> place, Optional<MonthDay> day, Optional<LocalDate> date, Optional<String> agency) {

  public static final Dateline NONE =
      new Dateline(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public Dateline {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(agency, "agency");
    if (date.isPresent() && day.isPresent() && !MonthDay.from(date.get()).equals(day.get())) {
      throw new IllegalArgumentException("date " + date.get() + " disagrees with day " + day.get());
    }
  }

  public boolean isEmpty() {
    return place.isEmpty() && day.isEmpty() && agency.isEmpty();
  }

  /** The date in ISO form: {@code 2021-02-04}, or {@code --02-04} when the year is unknown. */
  public Optional<String> isoDate() {
    return date.map(LocalDate::toString).or(() -> day.map(MonthDay::toString));
  }
}
