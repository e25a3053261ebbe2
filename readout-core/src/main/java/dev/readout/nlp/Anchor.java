package dev.readout.nlp;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference days of one article: the dateline's day and the publication day, either may be
 * absent. Relative expressions count from the dateline's day when there is one, else from the
 * publication day. Immutable.
 */
public record Anchor(Optional<LocalDate> dateline, Optional<LocalDate> published) {

  public Anchor {
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(published, "published");
  }

  /** An article with neither day. */
  public static final Anchor NONE = new Anchor(Optional.empty(), Optional.empty());

  /** The day relative expressions count from: the dateline's, else the publication day. */
  Optional<LocalDate> day() {
    return dateline.or(() -> published);
  }
}
