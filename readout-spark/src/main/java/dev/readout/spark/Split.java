package dev.readout.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * The share of one input file a task extracts: the records whose position in the file leaves
 * remainder {@code stripe} when divided by {@code stripes}. The task reads the whole file (a
 * gzipped WARC cannot be entered in the middle) but extracts only its share, so a few large files
 * still keep every core busy; reading is cheap next to extraction.
 */
record Split(InputFile file, int stripe, int stripes) implements Serializable {

  Split {
    Objects.requireNonNull(file, "file");
    if (stripes < 1 || stripe < 0 || stripe >= stripes) {
      throw new IllegalArgumentException("stripe " + stripe + " of " + stripes);
    }
  }

  /** Whether the record at {@code position} in the file is this split's. */
  boolean owns(long position) {
    return position % stripes == stripe;
  }

  /**
   * The position of a document in the whole input, ordered as {@code readout extract} reads:
   * file by file, then record by record.
   */
  static long ordinal(int fileIndex, long position) {
    return ((long) fileIndex << 32) | position;
  }
}
