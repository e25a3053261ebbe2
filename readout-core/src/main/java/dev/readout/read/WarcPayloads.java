package dev.readout.read;

import dev.readout.model.Input;
import dev.readout.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.DecodedBody;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one WARC record into a document, a per-record rejection, or nothing (records that are not
 * pages: requests, metadata, redirects, images, scripts). Problems confined to one record are
 * answered here; damage to the stream itself is thrown, for {@link WarcRecords} to report.
 */
final class WarcPayloads {

  private static final Logger LOG = LoggerFactory.getLogger(WarcPayloads.class);

  private WarcPayloads() {}

  static Optional<Input> item(ReadContext ctx, WarcRecord record) throws IOException {
    if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
      return Optional.empty();
    }
    WarcTargetRecord target = (WarcTargetRecord) record;
    String source = ctx.source() + "#" + recordId(record);
    // A response record's block is an HTTP message, even when a careless writer left out its type.
    boolean untyped = record instanceof WarcResponse && record.headers().first("Content-Type").isEmpty();
    if (untyped || isHttp(record.contentType().type(), record.contentType().subtype())) {
      return http(ctx, target, source);
    }
    String type = record.headers().first("Content-Type").orElse("");
    if (!isPage(type)) {
      LOG.debug("{}: skipping {} record of type {}", source, record.type(), type);
      return Optional.empty();
    }
    try {
      byte[] bytes = BoundedBytes.read(record.body().stream(), ctx.limit());
      return Optional.of(document(ctx, target, source, type, bytes));
    } catch (BoundedBytes.TooLarge e) {
      return Optional.of(ctx.reject(source, e.reason("page", ctx.limit())));
    }
  }

  private static Optional<Input> http(ReadContext ctx, WarcTargetRecord record, String source)
      throws IOException {
    HttpResponse http;
    try {
      http = record instanceof WarcResponse r ? r.http() : HttpResponse.parse(record.body());
    } catch (ParsingException e) {
      record.body().consume();
      return Optional.of(ctx.reject(source, "unreadable HTTP response header: " + e.getBaseMessage()));
    }
    String type = http.headers().first("Content-Type").orElse("");
    if (http.status() < 200 || http.status() > 299 || !isPage(type)) {
      LOG.debug("{}: skipping HTTP {} of type {}", source, http.status(), type);
      return Optional.empty();
    }
    byte[] raw;
    try {
      raw = BoundedBytes.read(http.body().stream(), ctx.limit());
    } catch (BoundedBytes.TooLarge e) {
      return Optional.of(ctx.reject(source, e.reason("page", ctx.limit())));
    }
    record.body().consume(); // a record cut short by the end of the file fails here, not later
    List<String> encodings = http.headers().all("Content-Encoding");
    if (encodings.isEmpty()) {
      return Optional.of(document(ctx, record, source, type, raw));
    }
    try {
      byte[] decoded = decodeContent(raw, encodings, ctx.limit());
      return Optional.of(document(ctx, record, source, type, decoded));
    } catch (BoundedBytes.TooLarge e) {
      return Optional.of(ctx.reject(source, e.reason("decoded page", ctx.limit())));
    } catch (IOException | RuntimeException | LinkageError e) {
      if (looksCompressed(raw)) {
        return Optional.of(ctx.reject(source, "cannot undo Content-Encoding " + encodings + ": " + Failures.reason(e)));
      }
      // The crawler stored the payload already decoded but kept the header; the bytes are the page.
      return Optional.of(document(ctx, record, source, type, raw));
    }
  }

  /** Undoes one HTTP Content-Encoding with jwarc's decoders, over bytes already in memory. */
  private static byte[] decodeContent(byte[] raw, List<String> encodings, long limit)
      throws IOException, BoundedBytes.TooLarge {
    if (encodings.size() != 1) {
      throw new IOException("more than one Content-Encoding");
    }
    String name = encodings.get(0).strip().toLowerCase(Locale.ROOT);
    DecodedBody.Encoding encoding;
    switch (name) {
      case "identity":
      case "none":
        return raw;
      case "gzip":
      case "x-gzip":
        encoding = DecodedBody.Encoding.GZIP;
        break;
      case "deflate":
        encoding = DecodedBody.Encoding.DEFLATE;
        break;
      case "br":
        encoding = DecodedBody.Encoding.BROTLI;
        break;
      case "zstd":
        encoding = DecodedBody.Encoding.ZSTD;
        break;
      default:
        throw new IOException("unknown encoding " + name);
    }
    MessageBody body = DecodedBody.create(Channels.newChannel(new ByteArrayInputStream(raw)), encoding);
    return BoundedBytes.read(body.stream(), limit);
  }

  private static Input document(ReadContext ctx, WarcTargetRecord record, String source, String type, byte[] bytes) {
    FormatSniffer.Sniffed sniffed = FormatSniffer.sniff(head(bytes));
    switch (sniffed.format()) {
      case EMPTY:
      case BLANK:
        return ctx.reject(source, "empty payload");
      case BINARY:
        return ctx.reject(source, sniffed.reason().replace("binary file", "binary payload"));
      case GZIP:
        return ctx.reject(source, "gzip-compressed payload without a Content-Encoding");
      default:
        break;
    }
    Optional<String> contentType = type.isBlank() ? Optional.empty() : Optional.of(type.strip());
    return new RawDocument(
        source, target(record), contentType, date(record), ByteBuffer.wrap(bytes), Map.of());
  }

  private static byte[] head(byte[] bytes) {
    return bytes.length <= FormatSniffer.HEAD ? bytes : Arrays.copyOf(bytes, FormatSniffer.HEAD);
  }

  private static boolean looksCompressed(byte[] raw) {
    if (raw.length < 2) {
      return false;
    }
    boolean gzip = raw[0] == 0x1F && raw[1] == (byte) 0x8B;
    boolean zlib = raw[0] == 0x78 && (raw[1] == 0x01 || raw[1] == 0x5E || raw[1] == (byte) 0x9C || raw[1] == (byte) 0xDA);
    return gzip || zlib;
  }

  private static boolean isHttp(String type, String subtype) {
    return type.equalsIgnoreCase("application") && subtype.equalsIgnoreCase("http");
  }

  /** Whether a declared media type may be a page; no type at all may be one too. */
  static boolean isPage(String contentType) {
    String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (base.isEmpty() || base.equals("application/octet-stream") || base.equals("unknown/unknown")) {
      return true;
    }
    if (base.equals("application/xhtml+xml") || base.equals("application/xml")) {
      return true;
    }
    return base.startsWith("text/")
        && !base.equals("text/css")
        && !base.equals("text/javascript")
        && !base.equals("text/dns")
        && !base.equals("text/csv")
        && !base.equals("text/calendar");
  }

  private static String recordId(WarcRecord record) {
    try {
      return record.id().toString();
    } catch (RuntimeException e) {
      return record.headers().first("WARC-Record-ID").orElse("record-at-" + record.position());
    }
  }

  private static Optional<URI> target(WarcTargetRecord record) {
    try {
      return Optional.ofNullable(record.targetURI());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> date(WarcRecord record) {
    try {
      return Optional.ofNullable(record.date());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
