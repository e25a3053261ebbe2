package dev.readout.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Page;
import dev.readout.model.RawDocument;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecoderTest {

  static final String SIMPLIFIED =
      "新华社北京10月2日电 国家主席习近平同来访的法国总统举行会谈。两国元首一致同意，继续深化全面战略伙伴关系，"
          + "推动中法关系取得更多成果。双方还就共同关心的国际和地区问题交换了意见。";
  static final String TRADITIONAL =
      "中央社台北2日電 外交部長今天會見來訪的法國外長，雙方就兩國關係及區域情勢交換意見。"
          + "外交部表示，雙方同意繼續深化經貿、科技與文化交流，並在國際場合相互支持。";
  static final String FRENCH =
      "Le président de la République a reçu à l'Élysée le ministre des Affaires étrangères. "
          + "« C'est une étape décisive », a-t-il déclaré — selon l’agence, les négociations reprendront à la rentrée.";
  static final String POLISH =
      "Prezydent Polski spotkał się w środę z premierem Węgier. Rozmowy dotyczyły współpracy gospodarczej, "
          + "bezpieczeństwa energetycznego oraz sytuacji na Ukrainie. Źródło: PAP, żółć i gęślą jaźń.";

  private static RawDocument doc(byte[] bytes, String contentType) {
    return new RawDocument(
        "t", Optional.empty(), Optional.ofNullable(contentType), Optional.empty(), ByteBuffer.wrap(bytes), Map.of());
  }

  private static String roundTrip(String text, String charset, String contentType) {
    return Decoder.decode(doc(text.getBytes(Charset.forName(charset)), contentType)).text();
  }

  private static String html(String metaCharset, String body) {
    String meta = metaCharset == null ? "" : "<meta charset=\"" + metaCharset + "\">";
    return "<!DOCTYPE html><html><head>" + meta + "<title>t</title></head><body><p>" + body + "</p></body></html>";
  }

  @Test
  void detectsUndeclaredCharsets() {
    assertThat(roundTrip(SIMPLIFIED, "GB18030", null)).isEqualTo(SIMPLIFIED);
    assertThat(roundTrip(SIMPLIFIED, "GBK", null)).isEqualTo(SIMPLIFIED);
    assertThat(roundTrip(TRADITIONAL, "Big5", null)).isEqualTo(TRADITIONAL);
    assertThat(roundTrip(FRENCH, "windows-1252", null)).isEqualTo(FRENCH);
    assertThat(roundTrip(POLISH, "ISO-8859-2", null)).isEqualTo(POLISH);
    assertThat(roundTrip(FRENCH + SIMPLIFIED, "UTF-8", null)).isEqualTo(FRENCH + SIMPLIFIED);
  }

  @Test
  void detectsUndeclaredCharsetsInHtml() {
    assertThat(roundTrip(html(null, SIMPLIFIED), "GB18030", null)).isEqualTo(html(null, SIMPLIFIED));
    assertThat(roundTrip(html(null, TRADITIONAL), "Big5", null)).isEqualTo(html(null, TRADITIONAL));
    assertThat(roundTrip(html(null, FRENCH), "windows-1252", null)).isEqualTo(html(null, FRENCH));
  }

  @Test
  void metaCharsetIsObeyedAndGbkLabelsMeanGb18030() {
    String page = html("gb2312", SIMPLIFIED + "𠮷"); // U+20BB7 exists in GB18030, not in GB2312/GBK
    assertThat(roundTrip(page, "GB18030", null)).isEqualTo(page);
    String big5 = html("big5", TRADITIONAL);
    assertThat(roundTrip(big5, "Big5", null)).isEqualTo(big5);
    String latin2 = html("iso-8859-2", POLISH);
    assertThat(roundTrip(latin2, "ISO-8859-2", null)).isEqualTo(latin2);
  }

  @Test
  void httpEquivAndXmlDeclarationsAreRead() {
    String equiv = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>" + FRENCH + "</body></html>";
    assertThat(roundTrip(equiv, "windows-1252", null)).isEqualTo(equiv);
    String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><html><body>" + POLISH + "</body></html>";
    assertThat(roundTrip(xml, "ISO-8859-2", null)).isEqualTo(xml);
  }

  @Test
  void headerCharsetWinsOverMeta() {
    String page = html("utf-8", POLISH);
    assertThat(roundTrip(page, "ISO-8859-2", "text/html; charset=ISO-8859-2")).isEqualTo(page);
    assertThat(roundTrip(SIMPLIFIED, "GBK", "text/plain; charset=\"gbk\"")).isEqualTo(SIMPLIFIED);
  }

  @Test
  void isoLatin1LabelIsReadAsWindows1252() {
    String quotes = "“Quoted” – ‘so’ … €5";
    assertThat(roundTrip(quotes, "windows-1252", "text/html; charset=iso-8859-1")).isEqualTo(quotes);
  }

  @Test
  void byteOrderMarksWinAndAreDropped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = FRENCH.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = ByteBuffer.allocate(bom.length + body.length).put(bom).put(body).array();
    assertThat(Decoder.decode(doc(withBom, "text/plain; charset=windows-1252")).text()).isEqualTo(FRENCH);
    byte[] utf16 = ("\uFEFF" + SIMPLIFIED).getBytes(StandardCharsets.UTF_16LE);
    assertThat(Decoder.decode(doc(utf16, null)).text()).isEqualTo(SIMPLIFIED);
  }

  @Test
  void wellFormedUtf8OverrulesAWrongLegacyLabel() {
    assertThat(roundTrip(html("iso-8859-1", FRENCH), "UTF-8", "text/html; charset=ISO-8859-1")).isEqualTo(html("iso-8859-1", FRENCH));
  }

  @Test
  void legacyBytesLabelledUtf8AreDetected() {
    String page = html("utf-8", SIMPLIFIED + SIMPLIFIED);
    assertThat(roundTrip(page, "GB18030", null)).isEqualTo(page);
  }

  @Test
  void unknownLabelsAreIgnored() {
    assertThat(roundTrip(FRENCH, "windows-1252", "text/plain; charset=x-no-such-charset")).isEqualTo(FRENCH);
  }

  @Test
  void invalidBytesBecomeReplacementCharacters() {
    byte[] bad = {'O', 'K', ' ', (byte) 0xC3, '(', ' ', (byte) 0xF0, (byte) 0x28, '!'};
    String text = Decoder.decode(doc(bad, "text/plain; charset=utf-8")).text();
    assertThat(text).startsWith("OK ").contains("\uFFFD").endsWith("!");
  }

  /** A UTF-8 news paragraph whose curly quotes are well-formed, with one stray windows-1252 byte. */
  private static byte[] utf8WithOneStrayByte(int copies) {
    String para = "China\u2019s foreign minister said on Monday that \u201ctalks\u201d would resume. ";
    byte[] good = para.repeat(copies).getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(good, good.length + 4);
    System.arraycopy(new byte[] {' ', 'a', (byte) 0x92, 's'}, 0, bad, good.length, 4);
    return bad;
  }

  @Test
  void aStrayByteInUtf8LeavesTheRestUtf8WithAWarning() {
    for (String type : new String[] {"text/plain; charset=utf-8", "text/plain", null}) {
      Page p = Decoder.decode(doc(utf8WithOneStrayByte(40), type));
      assertThat(p.text()).as(type).startsWith("China\u2019s foreign").doesNotContain("\u00e2\u20ac").endsWith(" a\uFFFDs");
      assertThat(p.warnings()).as(type).containsExactly("1 byte not valid UTF-8, replaced with U+FFFD");
    }
  }

  @Test
  void utf8ThatIsLessThan99PercentWellFormedIsNotUtf8() {
    // 40 paragraphs hold 120 well-formed sequences: 1 stray byte in 121 is under 1%, 2 in 122 are not.
    byte[] one = utf8WithOneStrayByte(40);
    byte[] two = java.util.Arrays.copyOf(one, one.length + 1);
    two[one.length] = (byte) 0x93;
    assertThat(Utf8.tally(one)).isEqualTo(new Utf8.Tally(120, 1));
    assertThat(Utf8.tally(one).verdict()).isEqualTo(Utf8.Verdict.VALID);
    assertThat(Utf8.tally(two).verdict()).isEqualTo(Utf8.Verdict.INVALID);
  }

  @Test
  void eachInvalidByteBecomesOneReplacementCharacter() {
    byte[] cut = {'a', (byte) 0xE2, (byte) 0x80, 'b', (byte) 0xFF, 'c'};
    Decoder.Decoded d = Decoder.decode(cut, 0, StandardCharsets.UTF_8);
    assertThat(d.text()).isEqualTo("a\uFFFD\uFFFDb\uFFFDc");
    assertThat(d.warnings()).containsExactly("3 bytes not valid UTF-8, replaced with U+FFFD");
    assertThat(Utf8.tally(cut)).isEqualTo(new Utf8.Tally(0, 3));
  }

  @Test
  void cleanPagesHaveNoWarnings() {
    assertThat(Decoder.decode(doc(FRENCH.getBytes(Charset.forName("windows-1252")), null)).warnings()).isEmpty();
    assertThat(Decoder.decode(doc(SIMPLIFIED.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8")).warnings()).isEmpty();
  }

  @Test
  void keepsProvenanceAndChoosesTheKind() {
    RawDocument d =
        new RawDocument(
            "crawl.warc#urn:uuid:1",
            Optional.of(URI.create("https://x.org/")),
            Optional.of("text/html"),
            Optional.of(Instant.EPOCH),
            ByteBuffer.wrap("just words".getBytes(StandardCharsets.UTF_8)),
            Map.of("title", "T"));
    Page p = Decoder.decode(d);
    assertThat(p.source()).isEqualTo("crawl.warc#urn:uuid:1");
    assertThat(p.url()).contains(URI.create("https://x.org/"));
    assertThat(p.captured()).contains(Instant.EPOCH);
    assertThat(p.fields()).containsEntry("title", "T");
    assertThat(p.kind()).isEqualTo(Page.Kind.HTML);
  }

  @Test
  void kindFollowsContentWhenUndeclared() {
    assertThat(kind("<!doctype html><p>x", null)).isEqualTo(Page.Kind.HTML);
    assertThat(kind("  <div class=a><p>Hi</p></div>", null)).isEqualTo(Page.Kind.HTML);
    assertThat(kind("Menu | Home\n<html><body>x</body></html>", null)).isEqualTo(Page.Kind.HTML);
    assertThat(kind("Talks resumed in Geneva.\nThe minister said 3 < 4.", null)).isEqualTo(Page.Kind.TEXT);
    assertThat(kind("<Reuters> wire copy", null)).isEqualTo(Page.Kind.TEXT);
    assertThat(kind("<html><body>x</body></html>", "text/plain")).isEqualTo(Page.Kind.HTML);
    assertThat(kind("<b>bold</b> words", "text/plain; charset=utf-8")).isEqualTo(Page.Kind.TEXT);
    assertThat(kind("", null)).isEqualTo(Page.Kind.TEXT);
  }

  private static Page.Kind kind(String text, String type) {
    return Decoder.decode(doc(text.getBytes(StandardCharsets.UTF_8), type)).kind();
  }
}
