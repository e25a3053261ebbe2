package dev.readout.read;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Gunzips (all members of) a stream and remembers how it broke, so that a reader above it can say
 * "truncated gzip stream" even when its own parser reports the damage as something else.
 */
final class GzipInput extends FilterInputStream {

  /** The gzip layer failed; the message is the reason to report. */
  static final class Damage extends IOException {
    private static final long serialVersionUID = 1L;

    Damage(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  static final String TRUNCATED = "truncated gzip stream";

  private volatile String damage;

  private GzipInput(InputStream in) {
    super(in);
  }

  /** Opens a gzip stream; a damaged header fails here, as {@link Damage}. */
  static GzipInput open(InputStream compressed) throws Damage {
    try {
      return new GzipInput(new GZIPInputStream(compressed, 16 * 1024));
    } catch (IOException e) {
      throw new Damage(describe(e), e);
    }
  }

  /** How the stream broke, if it did. */
  Optional<String> damage() {
    return Optional.ofNullable(damage);
  }

  @Override
  public int read() throws IOException {
    try {
      return super.read();
    } catch (IOException e) {
      throw fail(e);
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    try {
      return super.read(b, off, len);
    } catch (IOException e) {
      throw fail(e);
    }
  }

  @Override
  public long skip(long n) throws IOException {
    try {
      return super.skip(n);
    } catch (IOException e) {
      throw fail(e);
    }
  }

  private Damage fail(IOException e) {
    if (e instanceof Damage d) {
      return d;
    }
    damage = describe(e);
    return new Damage(damage, e);
  }

  private static String describe(IOException e) {
    if (e instanceof EOFException) {
      return TRUNCATED;
    }
    if (e instanceof ZipException) {
      return "corrupt gzip stream (" + Failures.firstLine(e) + ")";
    }
    return Failures.reason(e);
  }
}
