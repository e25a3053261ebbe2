package dev.readout.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where an engagement's or event's date comes from: {@code stated} in its clause (a full date, a
 * month, a year), counted from the dateline's day ({@code dateline_relative}: "on Monday",
 * "yesterday", "last month") or from the publication day ({@code published_relative}), the
 * dateline's or publication day itself when the event is the story's news of the day
 * ({@code dateline}, {@code published}), or {@code none}.
 */
public enum DateSource {
  STATED,
  DATELINE_RELATIVE,
  PUBLISHED_RELATIVE,
  DATELINE,
  PUBLISHED,
  NONE;

  /** The JSON form: lower case. */
  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The source named by its JSON form; {@link IllegalArgumentException} for any other text. */
  @JsonCreator
  public static DateSource of(String json) {
    return valueOf(json.toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return json();
  }
}
