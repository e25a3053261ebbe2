package dev.readout.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A reader comment or forum reply on a page, kept apart from the article's body.
 *
 * @param author the commenter's name as the page shows it, when it shows one
 * @param date when the comment was posted, as stated (no time or zone the page did not state);
 *     empty for relative times such as {@code 2 hours ago}
 * @param text the comment's text, whitespace-normalised, never blank
 */
public record Comment(Optional<String> author, Optional<StatedTime> date, String text) {

  public Comment {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text: a comment has text, got a blank one");
    }
  }
}
