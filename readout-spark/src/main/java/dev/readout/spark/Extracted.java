package dev.readout.spark;

import dev.readout.dedup.Fingerprints;
import dev.readout.model.Rejected;
import java.io.Serializable;
import java.util.Objects;

/**
 * What extraction made of one input item, as the job caches it between its stages: an article
 * (its record as {@code readout extract} writes it, with no story yet, and its story fingerprint)
 * or a failure. Serialisable: Spark spills and ships these.
 */
sealed interface Extracted extends Serializable {

  /** The item's position in the whole input ({@link Split#ordinal}). */
  long ordinal();

  /** The input the item came from, as the CLI names it. */
  String source();

  /**
   * An article.
   *
   * @param id the article id
   * @param record the JSON record, {@code "story":null} still in it
   * @param print the story fingerprint
   */
  record Article(long ordinal, String source, String id, String record, Fingerprints.Print print) implements Extracted {

    private static final long serialVersionUID = 1L;

    public Article {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(print, "print");
    }
  }

  /**
   * An input that gave no article: rejected (stage and reason as in the CLI's report), or skipped
   * as not a page at all ({@link Rejected#SKIPPED}).
   */
  record Failed(long ordinal, String source, String stage, String reason) implements Extracted {

    private static final long serialVersionUID = 1L;

    public Failed {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(reason, "reason");
    }

    /** Whether the input was skipped rather than rejected. */
    boolean skipped() {
      return Rejected.SKIPPED.equals(stage);
    }
  }
}
