package dev.readout.read;

import static dev.readout.read.Reading.documents;
import static dev.readout.read.Reading.read;
import static dev.readout.read.Reading.rejections;
import static dev.readout.read.WarcSamples.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Input;
import dev.readout.model.Page;
import dev.readout.model.RawDocument;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;

class WarcRecordsTest {

  private static final String FILE = "crawl.warc";

  @Test
  void yieldsResponsesAndResourcesOnly() {
    List<Input> items = read(FILE, WarcSamples.crawl(WarcCompression.NONE));
    assertThat(items).extracting(Input::source).containsExactly(
        source(FILE, WarcSamples.RESPONSE_ID), source(FILE, WarcSamples.RESOURCE_ID), source(FILE, WarcSamples.CHUNKED_ID));
    assertThat(rejections(items)).isEmpty();
  }

  @Test
  void carriesTargetDateAndHttpContentType() {
    RawDocument d = documents(read(FILE, WarcSamples.crawl(WarcCompression.NONE))).get(0);
    assertThat(d.url()).contains(WarcSamples.PAGE);
    assertThat(d.captured()).contains(WarcSamples.DATE);
    assertThat(d.contentType()).hasValueSatisfying(t -> assertThat(t).matches("text/html; ?charset=GBK"));
  }

  @Test
  void httpPayloadDecodesWithTheHeaderCharset() {
    RawDocument d = documents(read(FILE, WarcSamples.crawl(WarcCompression.NONE))).get(0);
    Page page = Decoder.decode(d);
    assertThat(page.kind()).isEqualTo(Page.Kind.HTML);
    assertThat(page.text()).isEqualTo(WarcSamples.html(WarcSamples.CHINESE));
  }

  @Test
  void resourceRecordIsItsOwnPayload() {
    RawDocument d = documents(read(FILE, WarcSamples.crawl(WarcCompression.NONE))).get(1);
    assertThat(Reading.utf8(d)).isEqualTo("About us: an example newsroom.");
    assertThat(d.url()).contains(URI.create("https://news.example.cn/about.txt"));
  }

  @Test
  void chunkedAndGzippedHttpBodyIsUndone() {
    RawDocument d = documents(read(FILE, WarcSamples.crawl(WarcCompression.NONE))).get(2);
    assertThat(Reading.utf8(d)).isEqualTo(WarcSamples.html("Chunked and compressed."));
  }

  @Test
  void gzippedWarcReadsTheSame() {
    List<Input> plain = read(FILE, WarcSamples.crawl(WarcCompression.NONE));
    List<Input> gz = read(FILE, WarcSamples.crawl(WarcCompression.GZIP));
    assertThat(gz).isEqualTo(plain);
  }

  @Test
  void wholeFileGzipOfAWarcReadsTheSame() {
    byte[] warc = WarcSamples.crawl(WarcCompression.NONE);
    assertThat(read(FILE, Reading.gzip(warc))).isEqualTo(read(FILE, warc));
  }

  @Test
  void truncatedWarcYieldsRecordsBeforeTheCutThenOneRejection() {
    byte[] warc = WarcSamples.crawl(WarcCompression.NONE);
    int cut = indexOf(warc, "Chunked".getBytes(StandardCharsets.US_ASCII)) > 0
        ? warc.length - 40
        : warc.length / 2;
    List<Input> items = read(FILE, Arrays.copyOf(warc, cut));
    assertThat(documents(items)).hasSize(2);
    assertThat(rejections(items)).singleElement().satisfies(r -> {
      assertThat(r.source()).isEqualTo(FILE);
      assertThat(r.reason()).startsWith("truncated WARC file");
    });
  }

  @Test
  void truncatedGzippedWarcSaysTheGzipStreamIsTruncated() {
    byte[] gz = WarcSamples.crawl(WarcCompression.GZIP);
    List<Input> items = read(FILE + ".gz", Arrays.copyOf(gz, gz.length - 30));
    assertThat(documents(items)).hasSize(2);
    assertThat(rejections(items)).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("truncated gzip stream"));
  }

  @Test
  void garbledHeaderEndsTheFileWithOneRejection() {
    byte[] warc = WarcSamples.crawl(WarcCompression.NONE);
    int second = indexOf(warc, "WARC/1".getBytes(StandardCharsets.US_ASCII), 10);
    warc[second + 2] = '@';
    warc[second + 1] = ':';
    List<Input> items = read(FILE, warc);
    assertThat(documents(items)).isEmpty();
    assertThat(rejections(items)).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("garbled WARC"));
  }

  @Test
  void recordOverTheLimitIsRejectedAloneAndReadingGoesOn() {
    List<Input> items = read(FILE, WarcSamples.crawl(WarcCompression.NONE), new ReadOptions(100));
    assertThat(rejections(items)).extracting(r -> r.source())
        .contains(source(FILE, WarcSamples.RESPONSE_ID));
    assertThat(rejections(items).get(0).reason()).endsWith("over the 100 bytes limit");
    assertThat(documents(items)).extracting(Input::source)
        .containsExactly(source(FILE, WarcSamples.RESOURCE_ID), source(FILE, WarcSamples.CHUNKED_ID));
  }

  @Test
  void responseWithoutContentTypeIsStillParsedAsHttp() {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nhello";
    String warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        + "WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: https://x.org/\r\nContent-Length: "
        + http.length() + "\r\n\r\n" + http + "\r\n\r\n";
    RawDocument d = documents(read("w", warc.getBytes(StandardCharsets.US_ASCII))).get(0);
    assertThat(Reading.utf8(d)).isEqualTo("hello");
    assertThat(d.source()).isEqualTo("w#urn:uuid:1");
    assertThat(d.contentType()).contains("text/plain");
  }

  @Test
  void unreadableHttpHeaderRejectsTheRecordOnly() {
    String bad = "NOT HTTP AT ALL\r\n\r\nbody";
    String good = "HTTP/1.1 200 OK\r\n\r\nfine";
    String warc = record("1", bad) + record("2", good);
    List<Input> items = read("w", warc.getBytes(StandardCharsets.US_ASCII));
    assertThat(Reading.describe(items)).startsWith("w#urn:uuid:1 REJECTED unreadable HTTP response header").endsWith("w#urn:uuid:2 doc");
  }

  private static String record(String id, String http) {
    return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length() + "\r\n\r\n" + http + "\r\n\r\n";
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    return indexOf(hay, needle, 0);
  }

  private static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = from; i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
