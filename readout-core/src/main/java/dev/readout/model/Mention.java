package dev.readout.model;

import java.util.Objects;

/**
 * A span of an article's {@link Article#body()}.
 *
 * @param start offset of the first char in the body
 * @param end offset after the last char
 * @param text the body's text between the two
 */
public record Mention(int start, int end, String text) {

  public Mention {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
