package dev.readout.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The kinds of engagement. Meetings, talks, visits, multilateral meetings and phone calls are
 * PLOVER {@code CONSULT} events; interviews, press conferences and joint statements are not (CAMEO
 * files them under 01x, which PLOVER leaves out).
 */
public enum EngagementType {
  PHONE_CALL(true),
  MEETING(true),
  TALKS(true),
  VISIT(true),
  MULTILATERAL_MEETING(true),
  INTERVIEW(false),
  PRESS_CONFERENCE(false),
  JOINT_STATEMENT(false);

  private final boolean consult;

  EngagementType(boolean consult) {
    this.consult = consult;
  }

  /** Whether PLOVER codes this kind as {@link PloverType#CONSULT}. */
  public boolean consult() {
    return consult;
  }

  /** The JSON form: lower case ({@code phone_call}). */
  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type named by its JSON form; {@link IllegalArgumentException} for any other text. */
  @JsonCreator
  public static EngagementType of(String json) {
    return valueOf(json.toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return json();
  }
}
