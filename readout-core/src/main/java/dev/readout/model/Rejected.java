package dev.readout.model;

import java.util.Objects;

/**
 * An input that could not be used, with the stage that gave up and a reason a person can act on.
 *
 * @param source the input, as in {@link Input#source()}
 * @param stage the pipeline stage that rejected it ({@code read}, {@code decode}, {@code extract}, ...)
 * @param reason one line, e.g. {@code "truncated gzip stream"}
 */
public record Rejected(String source, String stage, String reason) implements Input {

  public Rejected {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return source + ": " + stage + ": " + reason;
  }
}
