package dev.readout.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset of a page, in the order a careful browser does: byte-order mark, the declared
 * content type (e.g. an HTTP header kept in a WARC), a {@code <meta>} or XML declaration, then the
 * bytes themselves (well-formed UTF-8, else ICU's statistical detector). A declaration is trusted
 * unless the bytes contradict it beyond doubt: well-formed non-ASCII UTF-8 does not happen by
 * accident, so it wins over any other label. Nor does UTF-8 whose multi-byte sequences are at
 * least 99% well-formed: that is a UTF-8 page with a few damaged bytes, not a legacy page, and
 * decoding it as windows-1252 would garble every other non-ASCII character.
 */
final class CharsetDetection {

  /**
   * The verdict.
   *
   * @param charset what to decode with
   * @param skip bytes of byte-order mark to skip
   * @param basis how it was found, for logs and tests: bom, declared, meta, utf-8, detector, fallback
   */
  record Detected(Charset charset, int skip, String basis) {}

  /** Enough text for the detector's statistics; more only costs time. */
  private static final int DETECTOR_BYTES = 64 * 1024;

  /** Past what the WHATWG prescan reads (1 KB): real pages put scripts and styles before the meta. */
  private static final int META_BYTES = 8 * 1024;

  private static final int MIN_CONFIDENCE = 10;

  /** How sure the detector must be to overrule a page that calls itself UTF-8. */
  private static final int OVERRULE_CONFIDENCE = 50;

  private static final Pattern META =
      Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);

  private static final Pattern XML_DECLARATION =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([a-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);

  private CharsetDetection() {}

  static Detected detect(byte[] b, Optional<String> contentType) {
    Optional<Detected> bom = bom(b);
    if (bom.isPresent()) {
      return bom.get();
    }
    Utf8.Verdict utf8 = Utf8.tally(b).verdict();
    Optional<Charset> declared = contentType.flatMap(CharsetNames::fromContentType);
    if (declared.isPresent()) {
      return trust(declared.get(), "declared", utf8, b);
    }
    Optional<Charset> meta = meta(b);
    if (meta.isPresent()) {
      return trust(meta.get(), "meta", utf8, b);
    }
    if (utf8 == Utf8.Verdict.VALID || utf8 == Utf8.Verdict.ASCII && !hasEscape(b)) {
      return new Detected(StandardCharsets.UTF_8, 0, "utf-8");
    }
    return detector(b, Optional.empty(), MIN_CONFIDENCE);
  }

  private static Detected trust(Charset declared, String basis, Utf8.Verdict utf8, byte[] b) {
    if (utf8 == Utf8.Verdict.VALID) {
      return new Detected(StandardCharsets.UTF_8, 0, CharsetNames.isUtf8(declared) ? basis : "utf-8");
    }
    if (CharsetNames.isUtf8(declared) && utf8 == Utf8.Verdict.INVALID) {
      // Declared UTF-8 but not: a mislabelled legacy page, or UTF-8 with a few broken bytes.
      Detected guess = detector(b, Optional.of(declared), OVERRULE_CONFIDENCE);
      return guess.basis().equals("detector") ? guess : new Detected(declared, 0, basis);
    }
    return new Detected(declared, 0, basis);
  }

  private static Optional<Detected> bom(byte[] b) {
    if (FormatSniffer.startsWith(b, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
      return Optional.of(new Detected(StandardCharsets.UTF_8, 3, "bom"));
    }
    if (FormatSniffer.startsWith(b, 0, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
      return Optional.of(new Detected(StandardCharsets.UTF_16LE, 2, "bom"));
    }
    if (FormatSniffer.startsWith(b, 0, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
      return Optional.of(new Detected(StandardCharsets.UTF_16BE, 2, "bom"));
    }
    return Optional.empty();
  }

  /** The charset a {@code <meta>} tag or XML declaration near the top names. */
  static Optional<Charset> meta(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, META_BYTES), StandardCharsets.ISO_8859_1);
    if (head.indexOf('<') < 0) {
      return Optional.empty();
    }
    Matcher xml = XML_DECLARATION.matcher(head);
    Matcher m = META.matcher(head);
    String label = xml.find() ? xml.group(1) : m.find() ? m.group(1) : "";
    Optional<Charset> c = CharsetNames.forLabel(label);
    // A page whose meta could be read as ASCII is not UTF-16, whatever it says (WHATWG rule).
    return c.map(x -> x.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : x);
  }

  /** ISO-2022 encodings are 7-bit and switch character sets with ESC sequences. */
  private static boolean hasEscape(byte[] b) {
    int n = Math.min(b.length, DETECTOR_BYTES);
    for (int i = 0; i < n; i++) {
      if (b[i] == 0x1B) {
        return true;
      }
    }
    return false;
  }

  private static Detected detector(byte[] b, Optional<Charset> hint, int minConfidence) {
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(true);
    hint.ifPresent(h -> detector.setDeclaredEncoding(h.name()));
    detector.setText(b.length > DETECTOR_BYTES ? Arrays.copyOf(b, DETECTOR_BYTES) : b);
    CharsetMatch[] matches = detector.detectAll();
    for (CharsetMatch match : matches) {
      if (match.getConfidence() < minConfidence) {
        break;
      }
      Optional<Charset> c = CharsetNames.fromDetector(match.getName());
      if (c.isPresent()) {
        return new Detected(c.get(), 0, "detector");
      }
    }
    return new Detected(CharsetNames.windows1252(), 0, "fallback");
  }
}
