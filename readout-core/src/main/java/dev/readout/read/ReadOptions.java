package dev.readout.read;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How readers treat their inputs.
 *
 * @param maxDocumentBytes the largest page, WARC payload or JSON record read into memory; a larger
 *     one becomes a {@link dev.readout.model.Rejected} naming its size. At most {@value #MAX_LIMIT}.
 */
public record ReadOptions(long maxDocumentBytes) {

  /** 10 MB: far above any real news page, far below what would strain the heap. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

  /** The ceiling for {@link #maxDocumentBytes}: a Java array holds no more. */
  public static final long MAX_LIMIT = Integer.MAX_VALUE - 16;

  /** The defaults: {@link #DEFAULT_MAX_DOCUMENT_BYTES}. */
  public static final ReadOptions DEFAULTS = new ReadOptions(DEFAULT_MAX_DOCUMENT_BYTES);

  private static final String MAX_DOCUMENT_BYTES = "max-document-bytes";

  public ReadOptions {
    if (maxDocumentBytes < 1 || maxDocumentBytes > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "maxDocumentBytes must be between 1 and " + MAX_LIMIT + ": " + maxDocumentBytes);
    }
  }

  /**
   * Options from string keys, as a command line or configuration file gives them. Known key:
   * {@code max-document-bytes}. Unknown keys and unparsable values are rejected.
   *
   * @throws IllegalArgumentException naming the key or value at fault
   */
  public static ReadOptions of(Map<String, String> options) {
    Objects.requireNonNull(options, "options");
    long max = DEFAULT_MAX_DOCUMENT_BYTES;
    for (Map.Entry<String, String> e : options.entrySet()) {
      String key = e.getKey().toLowerCase(Locale.ROOT);
      if (!key.equals(MAX_DOCUMENT_BYTES)) {
        throw new IllegalArgumentException(
            "unknown read option '" + e.getKey() + "' (known: " + MAX_DOCUMENT_BYTES + ")");
      }
      try {
        max = Long.parseLong(e.getValue().strip());
      } catch (NumberFormatException ex) {
        throw new IllegalArgumentException(
            MAX_DOCUMENT_BYTES + " must be a whole number of bytes: '" + e.getValue() + "'", ex);
      }
    }
    return new ReadOptions(max);
  }

  /** A copy with another document size limit. */
  public ReadOptions withMaxDocumentBytes(long bytes) {
    return new ReadOptions(bytes);
  }
}
