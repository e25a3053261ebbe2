package dev.readout.nlp;

import dev.readout.model.DateSource;
import dev.readout.model.DateSpan;
import java.util.Objects;
import java.util.Optional;

/**
 * A resolved date with where it comes from; {@link DateSource#NONE} exactly when the date is
 * empty. Immutable.
 */
public record Dated(Optional<DateSpan> date, DateSource source) {

  /** Nothing resolves. */
  public static final Dated NONE = new Dated(Optional.empty(), DateSource.NONE);

  public Dated {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    if (date.isEmpty() != (source == DateSource.NONE)) {
      throw new IllegalArgumentException("date " + date + " with source " + source);
    }
  }

  static Dated of(DateSpan date, DateSource source) {
    return new Dated(Optional.of(date), source);
  }
}
