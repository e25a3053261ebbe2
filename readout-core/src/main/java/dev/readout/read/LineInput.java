package dev.readout.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Optional;

/**
 * Splits a stream into {@code \n}-terminated lines, numbered from 1, keeping at most a limit of
 * bytes per line: a longer line is counted to its end but not kept, so one giant line cannot fill
 * the heap. Not thread-safe.
 */
final class LineInput {

  /**
   * One line without its terminator.
   *
   * @param number 1-based
   * @param bytes the line, or empty when it did not fit
   * @param length its real length in bytes
   * @param fits whether {@code bytes} holds it
   */
  record Line(long number, byte[] bytes, long length, boolean fits) {
    boolean blank() {
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != '\n') {
          return false;
        }
      }
      return fits;
    }
  }

  private final InputStream in;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int end;
  private long number;

  LineInput(InputStream in) {
    this.in = in;
  }

  /** The next line, or empty at the end of the stream. */
  Optional<Line> next(long limit) throws IOException {
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos >= end && !fill()) {
        if (!any) {
          return Optional.empty();
        }
        break;
      }
      any = true;
      int nl = indexOfNewline();
      int stop = nl < 0 ? end : nl;
      length += stop - pos;
      if (length <= limit) {
        kept.write(buf, pos, stop - pos);
      }
      pos = nl < 0 ? end : nl + 1;
      if (nl >= 0) {
        break;
      }
    }
    number++;
    boolean fits = length <= limit;
    return Optional.of(new Line(number, fits ? kept.toByteArray() : new byte[0], length, fits));
  }

  /** The bytes not yet returned as lines, buffered ones first. */
  InputStream rest() {
    return new SequenceInputStream(new ByteArrayInputStream(buf, pos, end - pos), in);
  }

  private int indexOfNewline() {
    for (int i = pos; i < end; i++) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean fill() throws IOException {
    pos = 0;
    end = 0;
    // A stream may return 0 bytes without being at its end; read() blocks until it has one.
    int n = in.read(buf, 0, buf.length);
    if (n == 0) {
      int b = in.read();
      if (b < 0) {
        return false;
      }
      buf[0] = (byte) b;
      n = 1;
    }
    if (n < 0) {
      return false;
    }
    end = n;
    return true;
  }
}
