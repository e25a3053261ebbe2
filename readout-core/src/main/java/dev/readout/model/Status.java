package dev.readout.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Whether an engagement or event took place: it {@code happened}, is {@code ongoing} at the time of
 * writing, is {@code scheduled} (fixed for the future) or only {@code proposed} (suggested, invited,
 * hoped for, under discussion).
 */
public enum Status {
  HAPPENED,
  ONGOING,
  SCHEDULED,
  PROPOSED;

  /** The JSON form: lower case. */
  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status named by its JSON form; {@link IllegalArgumentException} for any other text. */
  @JsonCreator
  public static Status of(String json) {
    return valueOf(json.toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return json();
  }
}
