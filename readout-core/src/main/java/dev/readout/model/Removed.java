package dev.readout.model;

import java.util.Objects;

/**
 * A piece of the page that extraction dropped, and why.
 *
 * @param text the dropped text, whitespace-normalised
 * @param reason a short code: see {@link Reason}
 */
public record Removed(String text, String reason) {

  /** The reasons extraction gives, as written in the output. */
  public static final class Reason {
    public static final String NAVIGATION = "navigation";
    public static final String SHARE = "share";
    public static final String WIDGET = "widget";
    public static final String RELATED = "related";
    public static final String COPYRIGHT = "copyright";
    public static final String SPAM = "spam";
    public static final String SOURCE_URL = "source-url";
    public static final String METADATA = "metadata";
    public static final String DUPLICATE = "duplicate";
    public static final String BOILERPLATE = "boilerplate";
    public static final String HIDDEN = "hidden";
    public static final String COMMENTS = "comments";

    private Reason() {}
  }

  public Removed {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
