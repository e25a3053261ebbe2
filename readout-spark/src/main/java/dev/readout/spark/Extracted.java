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
   * An article. A class, not a record: it holds the fingerprint as bytes, and is never compared.
   * The bytes keep the cached object small to walk (Spark estimates the size of what it caches by
   * walking object graphs, and a decoded fingerprint is dozens of objects) and cheap to shuffle.
   */
  final class Article implements Extracted {

    private static final long serialVersionUID = 1L;

    private final long ordinal;
    private final String source;
    private final String id;
    private final String record;
    private final byte[] print;

    /**
     * @param id the article id
     * @param record the JSON record, {@code "story":null} still in it
     * @param print the story fingerprint
     */
    Article(long ordinal, String source, String id, String record, Fingerprints.Print print) {
      this.ordinal = ordinal;
      this.source = Objects.requireNonNull(source, "source");
      this.id = Objects.requireNonNull(id, "id");
      this.record = Objects.requireNonNull(record, "record");
      this.print = print.toBytes();
    }

    @Override
    public long ordinal() {
      return ordinal;
    }

    @Override
    public String source() {
      return source;
    }

    String id() {
      return id;
    }

    String record() {
      return record;
    }

    /** The fingerprint in its compact form ({@link Fingerprints.Print#fromBytes} reads it); not a copy. */
    byte[] printBytes() {
      return print;
    }

    Fingerprints.Print print() {
      return Fingerprints.Print.fromBytes(print);
    }
  }

  /**
   * An input that gave no article: rejected (stage and reason as in the CLI's report), or skipped
   * as not a page at all or a page with no article text ({@link Rejected#SKIPPED}).
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
