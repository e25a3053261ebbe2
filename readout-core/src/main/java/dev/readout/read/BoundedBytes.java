package dev.readout.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reads a document into memory only when it fits the limit, and words the refusal when not. */
final class BoundedBytes {

  /** A document over the limit; {@code size} is exact unless {@code atLeast}. */
  static final class TooLarge extends Exception {
    private static final long serialVersionUID = 1L;
    private final long size;
    private final boolean atLeast;

    TooLarge(long size, boolean atLeast) {
      super(null, null, false, false);
      this.size = size;
      this.atLeast = atLeast;
    }

    String reason(String what, long limit) {
      return BoundedBytes.overLimit(what, size, atLeast, limit);
    }
  }

  private BoundedBytes() {}

  /**
   * All bytes of {@code in} if there are at most {@code limit}; otherwise counts the rest without
   * keeping it (so the refusal can state the size) and throws {@link TooLarge}.
   */
  static byte[] read(InputStream in, long limit) throws IOException, TooLarge {
    byte[] bytes = in.readNBytes((int) Math.min(limit + 1, ReadOptions.MAX_LIMIT));
    if (bytes.length <= limit) {
      return bytes;
    }
    long size = bytes.length;
    bytes = null; // let the partial page go before counting the rest
    byte[] scratch = new byte[64 * 1024];
    try {
      for (int n; (n = in.read(scratch)) >= 0; ) {
        size += n;
      }
    } catch (IOException e) {
      throw new TooLarge(size, true);
    }
    throw new TooLarge(size, false);
  }

  /** E.g. {@code "page is 52 MB, over the 10 MB limit"}. */
  static String overLimit(String what, long size, boolean atLeast, long limit) {
    String shown = describe(size);
    String max = describe(limit);
    if (shown.equals(max)) {
      shown = precise(size);
      max = precise(limit);
    }
    return what + " is " + (atLeast ? "over " : "") + shown + ", over the " + max + " limit";
  }

  static String overLimit(String what, long size, long limit) {
    return overLimit(what, size, false, limit);
  }

  /** Decimal units, rounded: {@code 52428800 -> "52 MB"}. */
  static String describe(long bytes) {
    if (bytes >= 1_000_000_000L) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
    if (bytes >= 1_000_000L) {
      return Math.round(bytes / 1e6) + " MB";
    }
    if (bytes >= 1_000L) {
      return Math.round(bytes / 1e3) + " KB";
    }
    return bytes + " bytes";
  }

  private static String precise(long bytes) {
    return String.format(Locale.ROOT, "%,d bytes", bytes);
  }
}
