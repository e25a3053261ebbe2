package dev.readout.model;

import java.util.Objects;

/**
 * An input that could not be used, with the stage that gave up and a reason a person can act on.
 *
 * <p>One kind is not an error: a {@linkplain #skipped() skipped} input (stage {@value #SKIPPED}) is
 * one found while walking a folder that is not a page at all, e.g. a labels or metadata JSON file
 * beside the pages, or a page on which extraction found no article text ({@link
 * dev.readout.Outcome}). It is reported so nothing vanishes unseen, but drivers do not count it as
 * a failed input. A file that is not a page, named explicitly, is an ordinary rejection.
 *
 * @param source the input, as in {@link Input#source()}
 * @param stage the pipeline stage that rejected it ({@code read}, {@code decode}, {@code extract}, ...),
 *     or {@value #SKIPPED}
 * @param reason one line, e.g. {@code "truncated gzip stream"}
 */
public record Rejected(String source, String stage, String reason) implements Input {

  /** The stage of an input passed over (not a page, or no article text), see {@link #skipped()}. */
  public static final String SKIPPED = "skip";

  public Rejected {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Whether this input was passed over rather than failed: found while walking a folder and not a
   * page at all, or a page with no article text. Reported, but not an error.
   */
  public boolean skipped() {
    return SKIPPED.equals(stage);
  }

  @Override
  public String toString() {
    return source + ": " + stage + ": " + reason;
  }
}
