package dev.readout.read;

import static dev.readout.read.Reading.documents;
import static dev.readout.read.Reading.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Page;
import dev.readout.model.RawDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Case-insensitive matching under a Turkish default locale, where {@code "I".toLowerCase()} is a
 * dotless {@code "ı"} and {@code "i".toUpperCase()} a dotted {@code "İ"}.
 */
class TurkishLocaleTest {

  private static final String TURKISH =
      "Cumhurbaşkanı Erdoğan, Ankara'da düzenlenen törende konuştu. İstanbul'daki görüşmeler yarın sürecek; "
          + "Türkiye ile Almanya arasındaki ilişkilerin güçlendirilmesi gerektiğini söyledi.";

  private static Locale saved;

  @BeforeAll
  static void turkish() {
    saved = Locale.getDefault();
    Locale.setDefault(new Locale("tr", "TR"));
  }

  @AfterAll
  static void restore() {
    Locale.setDefault(saved);
  }

  private static RawDocument doc(byte[] bytes, String contentType) {
    return new RawDocument("t", Optional.empty(), Optional.ofNullable(contentType), Optional.empty(), ByteBuffer.wrap(bytes), Map.of());
  }

  @Test
  void theLocaleReallyIsTurkish() {
    assertThat("TITLE".toLowerCase()).isEqualTo("tıtle");
  }

  @Test
  void charsetLabelsMatchInAnyCase() {
    for (String label : new String[] {"ISO-8859-9", "iso-8859-9", "Iso-8859-9", "WINDOWS-1254", "windows-1254"}) {
      byte[] bytes = TURKISH.getBytes(Charset.forName("ISO-8859-9"));
      assertThat(Decoder.decode(doc(bytes, "text/plain; CHARSET=" + label)).text()).as(label).isEqualTo(TURKISH);
    }
    assertThat(CharsetNames.forLabel("WINDOWS-1252")).contains(Charset.forName("windows-1252"));
    assertThat(CharsetNames.forLabel("GBK")).contains(Charset.forName("GB18030"));
    assertThat(CharsetNames.forLabel("UTF-8")).contains(StandardCharsets.UTF_8);
    assertThat(CharsetNames.forLabel("utf-8")).contains(StandardCharsets.UTF_8);
    assertThat(CharsetNames.forLabel("LATIN1")).contains(Charset.forName("windows-1252"));
  }

  @Test
  void upperCaseMetaAndTagsAreFound() {
    String page = "<!DOCTYPE HTML><HTML><HEAD><META CHARSET=\"ISO-8859-9\"><TITLE>T</TITLE></HEAD><BODY><P>" + TURKISH + "</P></BODY></HTML>";
    Page p = Decoder.decode(doc(page.getBytes(Charset.forName("ISO-8859-9")), null));
    assertThat(p.text()).isEqualTo(page);
    assertThat(p.kind()).isEqualTo(Page.Kind.HTML);
    String equiv = "<HTML><HEAD><META HTTP-EQUIV=\"CONTENT-TYPE\" CONTENT=\"TEXT/HTML; CHARSET=UTF-8\"></HEAD><BODY>" + TURKISH + "</BODY></HTML>";
    assertThat(Decoder.decode(doc(equiv.getBytes(StandardCharsets.UTF_8), null)).text()).isEqualTo(equiv);
  }

  @Test
  void declaredTypesMatchInAnyCase() {
    byte[] words = "just words".getBytes(StandardCharsets.UTF_8);
    assertThat(Decoder.decode(doc(words, "TEXT/HTML; CHARSET=UTF-8")).kind()).isEqualTo(Page.Kind.HTML);
    assertThat(Decoder.decode(doc("<HTML><BODY>x</BODY></HTML>".getBytes(StandardCharsets.UTF_8), "TEXT/PLAIN")).kind()).isEqualTo(Page.Kind.HTML);
    assertThat(Opener.declaredType("INDEX.HTML")).contains("text/html");
    assertThat(Opener.declaredType("LISTING.TXT")).contains("text/plain");
  }

  @Test
  void jsonKeysMatchInAnyCase() {
    RawDocument d = documents(read("x.json", "{\"MAINTEXT\": \"Metin\", \"URL\": \"https://x.tr/\", \"TITLE\": \"Başlık\"}".getBytes(StandardCharsets.UTF_8))).get(0);
    assertThat(Reading.utf8(d)).isEqualTo("Metin");
    assertThat(d.url()).contains(URI.create("https://x.tr/"));
    assertThat(d.fields()).containsEntry("TITLE", "Başlık").doesNotContainKey("MAINTEXT");
  }

  @Test
  void warcIsDetectedAndUpperCaseContentEncodingIsUndone() throws IOException {
    byte[] gz = Reading.gzip(("<HTML><BODY>" + TURKISH + "</BODY></HTML>").getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream http = new ByteArrayOutputStream();
    http.write(("HTTP/1.1 200 OK\r\nCONTENT-TYPE: TEXT/HTML; CHARSET=UTF-8\r\nCONTENT-ENCODING: GZIP\r\nContent-Length: " + gz.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    http.write(gz);
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(warc), WarcCompression.NONE)) {
      w.write(WarcSamples.rawResponse(WarcSamples.id(1), URI.create("https://x.tr/"), http.toByteArray()));
    }
    RawDocument d = documents(read("TR.WARC", warc.toByteArray())).get(0);
    assertThat(d.contentType()).contains("TEXT/HTML; CHARSET=UTF-8");
    Page p = Decoder.decode(d);
    assertThat(p.kind()).isEqualTo(Page.Kind.HTML);
    assertThat(p.text()).contains(TURKISH);
  }
}
