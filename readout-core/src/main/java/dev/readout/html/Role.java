package dev.readout.html;

import dev.readout.model.Removed;

/** What an element's tag, class, id and ARIA role say it is; {@code NONE} when they say nothing. */
enum Role {
  NONE(null),
  POSITIVE(null),
  COMMENTS(Removed.Reason.COMMENTS),
  RELATED(Removed.Reason.RELATED),
  SHARE(Removed.Reason.SHARE),
  NAVIGATION(Removed.Reason.NAVIGATION),
  WIDGET(Removed.Reason.WIDGET),
  METADATA(Removed.Reason.METADATA),
  CAPTION(null);

  private final String reason;

  Role(String reason) {
    this.reason = reason;
  }

  /** The {@link Removed.Reason} for text dropped under this role. */
  String reason() {
    return reason == null ? Removed.Reason.BOILERPLATE : reason;
  }

  /** Whether text under this role is kept out of the body. */
  boolean negative() {
    return this != NONE && this != POSITIVE;
  }
}
