package dev.readout.read;

import dev.readout.model.Input;
import dev.readout.model.RawDocument;
import dev.readout.model.Rejected;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/** Test support: read bytes or paths to a list, and describe the result compactly. */
final class Reading {

  private Reading() {}

  static List<Input> read(String source, byte[] bytes) {
    return read(source, new ByteArrayInputStream(bytes), ReadOptions.DEFAULTS);
  }

  static List<Input> read(String source, byte[] bytes, ReadOptions options) {
    return read(source, new ByteArrayInputStream(bytes), options);
  }

  static List<Input> read(String source, InputStream in, ReadOptions options) {
    List<Input> out = new ArrayList<>();
    try (DocumentReader r = Sources.open(source, in, options)) {
      r.forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<Input> readPaths(List<String> paths) {
    List<Input> out = new ArrayList<>();
    try (DocumentReader r = Sources.open(paths)) {
      r.forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<RawDocument> documents(List<Input> items) {
    return items.stream().filter(RawDocument.class::isInstance).map(RawDocument.class::cast).toList();
  }

  static List<Rejected> rejections(List<Input> items) {
    return items.stream().filter(Rejected.class::isInstance).map(Rejected.class::cast).toList();
  }

  static String utf8(RawDocument d) {
    return new String(d.bytes(), StandardCharsets.UTF_8);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** One line per item: the source, then "doc" or the rejection reason. */
  static String describe(List<Input> items) {
    return items.stream()
        .map(i -> i instanceof Rejected r ? r.source() + " REJECTED " + r.reason() : i.source() + " doc")
        .collect(Collectors.joining("\n"));
  }

  static byte[] gzip(byte[] plain) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A stream that hands out one byte per read call, as a slow network or pipe may. */
  static final class OneByteAtATime extends InputStream {
    private final InputStream in;

    OneByteAtATime(byte[] bytes) {
      this.in = new ByteArrayInputStream(bytes);
    }

    @Override
    public int read() {
      try {
        return in.read();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int c = read();
      if (c < 0) {
        return -1;
      }
      b[off] = (byte) c;
      return 1;
    }

    @Override
    public int available() {
      return 0;
    }
  }
}
