package dev.readout.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Small WARC files written with jwarc, as a crawler would, for the reader tests. */
final class WarcSamples {

  static final String CHINESE = "新华社北京10月2日电 国家主席同来访的法国总统举行会谈。两国元首一致同意，继续深化全面战略伙伴关系，推动中法关系取得更多成果。";
  static final Instant DATE = Instant.parse("2024-05-03T10:15:30Z");
  static final URI PAGE = URI.create("https://news.example.cn/2024/05/03/talks.html");

  static final UUID REQUEST_ID = id(1);
  static final UUID RESPONSE_ID = id(2);
  static final UUID RESOURCE_ID = id(3);
  static final UUID REDIRECT_ID = id(4);
  static final UUID IMAGE_ID = id(5);
  static final UUID CHUNKED_ID = id(6);

  private WarcSamples() {}

  static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", n));
  }

  static String source(String file, UUID id) {
    return file + "#urn:uuid:" + id;
  }

  /** warcinfo, request, GBK response, text resource, redirect, image, metadata, chunked+gzip response. */
  static byte[] crawl(WarcCompression compression) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
        w.write(new Warcinfo.Builder().recordId(id(9)).date(DATE).filename("crawl.warc").build());
        HttpRequest get = new HttpRequest.Builder("GET", "/2024/05/03/talks.html").addHeader("Host", "news.example.cn").build();
        w.write(new WarcRequest.Builder(PAGE).recordId(REQUEST_ID).date(DATE).body(get).build());
        w.write(response(RESPONSE_ID, PAGE, 200, "text/html; charset=GBK", html(CHINESE).getBytes(Charset.forName("GBK"))));
        w.write(
            new WarcResource.Builder(URI.create("https://news.example.cn/about.txt"))
                .recordId(RESOURCE_ID)
                .date(DATE)
                .body(MediaType.parse("text/plain"), "About us: an example newsroom.".getBytes(StandardCharsets.UTF_8))
                .build());
        w.write(response(REDIRECT_ID, URI.create("http://news.example.cn/"), 301, "text/html", "<a href=/>moved</a>".getBytes(StandardCharsets.UTF_8)));
        w.write(response(IMAGE_ID, URI.create("https://news.example.cn/logo.png"), 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}));
        w.write(new WarcMetadata.Builder().recordId(id(7)).date(DATE).targetURI(PAGE).body(MediaType.parse("application/warc-fields"), "outlinks: x\r\n".getBytes(StandardCharsets.UTF_8)).build());
        w.write(chunkedGzipResponse());
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String html(String body) {
    return "<html><head><title>Talks</title></head><body><p>" + body + "</p></body></html>";
  }

  static WarcRecord response(UUID id, URI uri, int status, String type, byte[] body) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
            .addHeader("Content-Type", type)
            .body(MediaType.parseLeniently(type), body)
            .build();
    return new WarcResponse.Builder(uri).recordId(id).date(DATE).body(http).build();
  }

  /** A response record around raw HTTP bytes, headers and all. */
  static WarcRecord rawResponse(UUID id, URI uri, byte[] http) {
    return new WarcResponse.Builder(uri).recordId(id).date(DATE).body(MediaType.HTTP_RESPONSE, http).build();
  }

  /** An HTTP response as sent on the wire: chunked transfer encoding over a gzip body. */
  private static WarcRecord chunkedGzipResponse() throws IOException {
    byte[] gz = Reading.gzip(html("Chunked and compressed.").getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    raw.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    int half = gz.length / 2;
    chunk(raw, gz, 0, half);
    chunk(raw, gz, half, gz.length - half);
    raw.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return new WarcResponse.Builder(URI.create("https://news.example.cn/chunked"))
        .recordId(CHUNKED_ID)
        .date(DATE)
        .body(MediaType.HTTP_RESPONSE, raw.toByteArray())
        .build();
  }

  private static void chunk(ByteArrayOutputStream out, byte[] b, int off, int len) throws IOException {
    out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(b, off, len);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }
}
