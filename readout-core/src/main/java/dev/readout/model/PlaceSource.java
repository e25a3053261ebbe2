package dev.readout.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where an engagement's place comes from: {@code stated} in (or tied to) its clause, the story's
 * {@code dateline} city, or {@code none}.
 */
public enum PlaceSource {
  STATED,
  DATELINE,
  NONE;

  /** The JSON form: lower case. */
  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The source named by its JSON form; {@link IllegalArgumentException} for any other text. */
  @JsonCreator
  public static PlaceSource of(String json) {
    return valueOf(json.toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return json();
  }
}
