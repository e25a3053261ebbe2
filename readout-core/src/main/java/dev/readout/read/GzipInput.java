package dev.readout.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Gunzips every member of a stream (a .warc.gz is one member per record) and remembers how it
 * broke, so that a reader above it can say "truncated gzip stream" even when its own parser
 * reports the damage as something else.
 *
 * <p>Not {@link java.util.zip.GZIPInputStream}: it looks for a next member only when {@code
 * available()} says more bytes are waiting, so on a pipe or a slow stream it may stop after the
 * first record; and it ignores a damaged member header. Not thread-safe.
 */
final class GzipInput extends InputStream {

  /** The gzip layer failed; the message is the reason to report. */
  static final class Damage extends IOException {
    private static final long serialVersionUID = 1L;

    Damage(String reason) {
      super(reason);
    }
  }

  static final String TRUNCATED = "truncated gzip stream";

  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final PushbackInputStream in;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private final byte[] buf = new byte[16 * 1024];
  private int filled;
  private boolean inMember;
  private boolean end;
  private String damage;

  private GzipInput(InputStream in) {
    this.in = new PushbackInputStream(in, buf.length);
  }

  /** A gunzipping view of {@code compressed}, which must start with the gzip magic. */
  static GzipInput open(InputStream compressed) {
    return new GzipInput(compressed);
  }

  /** How the stream broke, if it did. */
  Optional<String> damage() {
    return Optional.ofNullable(damage);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (damage != null) {
      throw new Damage(damage);
    }
    if (len == 0) {
      return 0;
    }
    try {
      return inflate(b, off, len);
    } catch (DataFormatException e) {
      throw fail("corrupt gzip stream (" + Failures.firstLine(e) + ")");
    }
  }

  /** Each pass produces bytes, consumes input or ends a member, so the loop ends with the input. */
  private int inflate(byte[] b, int off, int len) throws IOException, DataFormatException {
    while (!end) {
      if (!inMember) {
        if (!header()) {
          end = true;
          break;
        }
        continue;
      }
      int n = inflater.inflate(b, off, len);
      if (n > 0) {
        crc.update(b, off, n);
        return n;
      }
      if (inflater.finished()) {
        trailer();
      } else if (inflater.needsInput()) {
        int r = in.read(buf, 0, buf.length);
        if (r < 0) {
          throw fail(TRUNCATED);
        }
        inflater.setInput(buf, 0, r);
        filled = r;
      } else {
        throw fail("corrupt gzip stream (needs a preset dictionary)");
      }
    }
    return -1;
  }

  /** Reads a member header; false at the clean end of the stream. */
  private boolean header() throws IOException {
    int first = in.read();
    if (first < 0) {
      return false;
    }
    if (first != 0x1F || next() != 0x8B) {
      throw fail("corrupt gzip stream (data after the last member is not gzip)");
    }
    if (next() != 8) {
      throw fail("corrupt gzip stream (unknown compression method)");
    }
    int flags = next();
    for (int i = 0; i < 6; i++) {
      next(); // modification time, extra flags, operating system
    }
    if ((flags & FEXTRA) != 0) {
      int n = next() | next() << 8;
      for (int i = 0; i < n; i++) {
        next();
      }
    }
    if ((flags & FNAME) != 0) {
      while (next() != 0) {
        // skip the original file name
      }
    }
    if ((flags & FCOMMENT) != 0) {
      while (next() != 0) {
        // skip the comment
      }
    }
    if ((flags & FHCRC) != 0) {
      next();
      next();
    }
    inflater.reset();
    crc.reset();
    inMember = true;
    return true;
  }

  private void trailer() throws IOException {
    int unused = inflater.getRemaining();
    if (unused > 0) {
      in.unread(buf, filled - unused, unused);
    }
    long expectedCrc = uint32();
    long expectedSize = uint32();
    if (expectedCrc != crc.getValue() || expectedSize != (inflater.getBytesWritten() & 0xFFFFFFFFL)) {
      throw fail("corrupt gzip stream (checksum mismatch)");
    }
    inMember = false;
  }

  private long uint32() throws IOException {
    return (next() | next() << 8 | next() << 16 | (long) next() << 24) & 0xFFFFFFFFL;
  }

  private int next() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw fail(TRUNCATED);
    }
    return b;
  }

  private Damage fail(String reason) {
    damage = reason;
    return new Damage(reason);
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }
}
