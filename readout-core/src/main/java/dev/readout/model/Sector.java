package dev.readout.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What part of society an actor belongs to, in the vocabulary of docs/annotation.md section 2: an
 * official is {@code government}, a senator {@code legislature}, an intergovernmental body and its
 * officials {@code igo}.
 */
public enum Sector {
  GOVERNMENT,
  MILITARY,
  LEGISLATURE,
  JUDICIARY,
  PARTY,
  IGO,
  NGO,
  BUSINESS,
  MEDIA,
  OTHER;

  /** The JSON form: lower case. */
  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The sector named by its JSON form; {@link IllegalArgumentException} for any other text. */
  @JsonCreator
  public static Sector of(String json) {
    return valueOf(json.toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return json();
  }
}
