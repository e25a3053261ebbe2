package dev.readout.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A point in time as a page states it: a day, maybe a time of day, maybe a UTC offset. Nothing is
 * added that the page does not say: no midnight for a missing time, no zone for a missing zone.
 *
 * <p>{@link #toString()} is ISO-8601: {@code 2021-02-05}, {@code 2021-02-05T10:09},
 * {@code 2020-12-29T00:29:06}, {@code 2021-09-17T09:01+08:00}.
 */
public record StatedTime(LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset) {

  public StatedTime {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(offset, "offset");
    time = time.map(t -> t.truncatedTo(ChronoUnit.SECONDS));
    if (time.isEmpty() && offset.isPresent()) {
      throw new IllegalArgumentException("offset without time of day: " + date + " " + offset.get());
    }
  }

  public static StatedTime ofDate(LocalDate date) {
    return new StatedTime(date, Optional.empty(), Optional.empty());
  }

  public static StatedTime of(LocalDate date, LocalTime time, Optional<ZoneOffset> offset) {
    return new StatedTime(date, Optional.of(time), offset);
  }

  /** Parses what {@link #toString()} writes; empty when it is not such a value. */
  public static Optional<StatedTime> parse(String iso) {
    try {
      if (iso.length() == 10) {
        return Optional.of(ofDate(LocalDate.parse(iso)));
      }
      LocalDate d = LocalDate.parse(iso.substring(0, 10));
      String rest = iso.substring(11);
      int z = Math.max(rest.indexOf('+'), Math.max(rest.indexOf('-'), rest.indexOf('Z')));
      Optional<ZoneOffset> off = z < 0 ? Optional.empty() : Optional.of(ZoneOffset.of(rest.substring(z)));
      LocalTime t = LocalTime.parse(z < 0 ? rest : rest.substring(0, z));
      return Optional.of(new StatedTime(d, Optional.of(t), off));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(date.toString());
    time.ifPresent(t -> sb.append('T').append(t));
    offset.ifPresent(o -> sb.append(o.getId()));
    return sb.toString();
  }
}
