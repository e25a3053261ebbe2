package dev.readout.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decides what a stream holds from its first bytes, whatever the file is called: gzip, WARC, JSON,
 * text/HTML, or something that is not text at all.
 */
final class FormatSniffer {

  /** What the first bytes say. */
  enum Format {
    EMPTY,
    BLANK,
    GZIP,
    WARC,
    JSON_OBJECT,
    JSON_ARRAY,
    TEXT,
    BINARY
  }

  /** The verdict, with a reason when the format is {@link Format#BINARY}. */
  record Sniffed(Format format, String reason) {}

  /** How many bytes are looked at. */
  static final int HEAD = 8 * 1024;

  private static final byte[][] MAGIC = {
    {(byte) 0x89, 'P', 'N', 'G'},
    {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
    {'G', 'I', 'F', '8'},
    {'%', 'P', 'D', 'F', '-'},
    {'P', 'K', 3, 4},
    {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD},
    {'B', 'Z', 'h'},
    {(byte) 0xFD, '7', 'z', 'X', 'Z', 0},
    {'7', 'z', (byte) 0xBC, (byte) 0xAF},
    {0x7F, 'E', 'L', 'F'},
    {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE},
    {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
  };

  private static final String[] MAGIC_NAMES = {
    "PNG image",
    "JPEG image",
    "GIF image",
    "PDF document",
    "zip archive",
    "zstd-compressed data",
    "bzip2-compressed data",
    "xz-compressed data",
    "7z archive",
    "executable",
    "Java class file",
    "Office document",
  };

  private FormatSniffer() {}

  /**
   * The first bytes of a stream.
   *
   * @param bytes up to {@link #HEAD} of them
   * @param whole whether they are all the stream holds
   */
  record Head(byte[] bytes, boolean whole) {}

  /**
   * Up to {@link #HEAD} bytes from the start of {@code in}, which is left where it was. Reads until
   * the head is full or the stream ends, so the verdict does not depend on how bytes arrive. A
   * stream that fails after some bytes gives those (the reader will meet the failure again); one
   * that fails at once throws.
   */
  static Head peek(BufferedInputStream in) throws IOException {
    in.mark(HEAD + 1);
    byte[] head = new byte[HEAD];
    int n = 0;
    boolean whole = false;
    try {
      while (n < HEAD) {
        int r = in.read(head, n, HEAD - n);
        if (r < 0) {
          whole = true;
          break;
        }
        n += r;
      }
    } catch (IOException e) {
      if (n == 0) {
        throw e;
      }
    }
    in.reset();
    return new Head(Arrays.copyOf(head, n), whole);
  }

  /** The format of a stream starting with {@code head}, which is short only at the end of it. */
  static Sniffed sniff(byte[] head) {
    return sniff(new Head(head, head.length < HEAD));
  }

  /** The format of a stream starting with {@code peeked}. */
  static Sniffed sniff(Head peeked) {
    byte[] head = peeked.bytes();
    boolean whole = peeked.whole();
    if (head.length == 0) {
      return of(Format.EMPTY);
    }
    if (startsWith(head, 0, new byte[] {0x1F, (byte) 0x8B})) {
      return of(Format.GZIP);
    }
    int start = startsWith(head, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
    // A WARC holds images too, so its own magic must win over the NUL-byte test.
    if (startsWith(head, start, "WARC/".getBytes(StandardCharsets.US_ASCII))) {
      return of(Format.WARC);
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (startsWith(head, 0, MAGIC[i])) {
        return new Sniffed(Format.BINARY, "binary file (" + MAGIC_NAMES[i] + ")");
      }
    }
    if (isWideUnicode(head)) {
      return of(Format.TEXT);
    }
    String control = controlBytes(head);
    if (control != null) {
      return new Sniffed(Format.BINARY, control);
    }
    int first = skipSpace(head, start);
    if (first == head.length) {
      return whole ? of(Format.BLANK) : of(Format.TEXT);
    }
    int second = skipSpace(head, first + 1);
    byte next = second < head.length ? head[second] : 0;
    if (head[first] == '{' && (next == '"' || next == '}')) {
      return of(Format.JSON_OBJECT);
    }
    if (head[first] == '[' && (next == '{' || next == ']')) {
      return of(Format.JSON_ARRAY);
    }
    return of(Format.TEXT);
  }

  /** A binary verdict when NUL or other control bytes show this is not text; else null. */
  private static String controlBytes(byte[] head) {
    int control = 0;
    for (byte x : head) {
      int b = x & 0xFF;
      if (b == 0) {
        return "binary file (contains NUL bytes)";
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    return control * 10 > head.length ? "binary file (mostly control bytes)" : null;
  }

  /** UTF-16 and UTF-32 text has NUL bytes; only its byte-order mark tells it from binary. */
  private static boolean isWideUnicode(byte[] head) {
    return startsWith(head, 0, new byte[] {(byte) 0xFF, (byte) 0xFE})
        || startsWith(head, 0, new byte[] {(byte) 0xFE, (byte) 0xFF})
        || startsWith(head, 0, new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF});
  }

  private static int skipSpace(byte[] b, int from) {
    int i = from;
    while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r' || b[i] == '\f')) {
      i++;
    }
    return i;
  }

  static boolean startsWith(byte[] b, int at, byte[] prefix) {
    if (b.length - at < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static Sniffed of(Format f) {
    return new Sniffed(f, "");
  }
}
