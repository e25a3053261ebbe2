package dev.readout.read;

import dev.readout.model.Input;
import dev.readout.model.RawDocument;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Opens one input and hands it to the reader its content calls for, unwrapping gzip on the way.
 * Nothing here throws: an input that cannot be opened becomes a single rejection.
 */
final class Opener {

  /** Gzip inside gzip is legitimate once (a .gz of a .warc.gz); deeper is a bomb or a mistake. */
  private static final int MAX_GZIP_LAYERS = 2;

  private Opener() {}

  static Items open(Found.Openable found, ReadOptions options) {
    InputStream raw;
    try {
      raw = found.opener().open();
    } catch (IOException | RuntimeException e) {
      return Items.of(new ReadContext(found, options, () -> {}).reject(Failures.reason(e)));
    }
    ReadContext ctx = new ReadContext(found, options, raw);
    try {
      return layer(ctx, raw, found.size(), found.source(), 0);
    } catch (IOException | RuntimeException e) {
      ctx.close();
      return Items.of(ctx.reject(ctx.explain(e)));
    }
  }

  private static Items layer(ReadContext ctx, InputStream stream, OptionalLong size, String name, int depth)
      throws IOException {
    BufferedInputStream in = new BufferedInputStream(stream, 64 * 1024);
    FormatSniffer.Sniffed sniffed = FormatSniffer.sniff(FormatSniffer.peek(in));
    switch (sniffed.format()) {
      case EMPTY:
        return rejectNow(ctx, depth == 0 ? "empty file" : "empty file (after gunzip)");
      case BLANK:
        return rejectNow(ctx, "blank file (only whitespace)");
      case BINARY:
        return rejectNow(ctx, sniffed.reason());
      case GZIP:
        if (depth >= MAX_GZIP_LAYERS) {
          return rejectNow(ctx, "gzip nested more than " + MAX_GZIP_LAYERS + " deep");
        }
        GzipInput gunzipped = GzipInput.open(in);
        ctx.gunzipping(gunzipped);
        return layer(ctx, gunzipped, OptionalLong.empty(), withoutGz(name), depth + 1);
      case WARC:
        return new WarcRecords(ctx, in);
      case JSON_OBJECT:
        return JsonRecords.open(ctx, in, false);
      case JSON_ARRAY:
        return JsonRecords.open(ctx, in, true);
      case TEXT:
      default:
        return new SingleDocument(ctx, in, size, declaredType(name));
    }
  }

  private static Items rejectNow(ReadContext ctx, String reason) {
    ctx.close();
    return Items.of(ctx.reject(reason));
  }

  private static String withoutGz(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      return name.substring(0, name.length() - 3);
    }
    return lower.endsWith(".tgz") ? name.substring(0, name.length() - 4) + ".tar" : name;
  }

  /** What a file name says about its media type; the decoder still checks the content. */
  static Optional<String> declaredType(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml") || lower.endsWith(".shtml")) {
      return Optional.of("text/html");
    }
    if (lower.endsWith(".txt")) {
      return Optional.of("text/plain");
    }
    return Optional.empty();
  }

  /** One page read whole: a text or HTML file. */
  static final class SingleDocument implements Items {
    private final ReadContext ctx;
    private final InputStream in;
    private final OptionalLong size;
    private final Optional<String> contentType;
    private boolean done;

    SingleDocument(ReadContext ctx, InputStream in, OptionalLong size, Optional<String> contentType) {
      this.ctx = ctx;
      this.in = in;
      this.size = size;
      this.contentType = contentType;
    }

    @Override
    public Optional<Input> next() {
      if (done) {
        return Optional.empty();
      }
      done = true;
      try {
        if (size.isPresent() && size.getAsLong() > ctx.limit()) {
          return Optional.of(ctx.reject(BoundedBytes.overLimit("page", size.getAsLong(), ctx.limit())));
        }
        byte[] bytes = BoundedBytes.read(in, ctx.limit());
        return Optional.of(
            new RawDocument(ctx.source(), Optional.empty(), contentType, Optional.empty(), ByteBuffer.wrap(bytes), Map.of()));
      } catch (BoundedBytes.TooLarge e) {
        return Optional.of(ctx.reject(e.reason("page", ctx.limit())));
      } catch (IOException | RuntimeException e) {
        return Optional.of(ctx.reject(ctx.explain(e)));
      } finally {
        close();
      }
    }

    @Override
    public void close() {
      ctx.close();
    }
  }
}
