package dev.readout.read;

import dev.readout.model.Page;
import dev.readout.model.RawDocument;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a document's bytes into characters and decides whether they are plain text or HTML.
 *
 * <p>Charset, in order: byte-order mark; the charset in {@link RawDocument#contentType()} (an HTTP
 * header from a WARC, or a reader's own declaration); a {@code <meta charset>} / {@code http-equiv}
 * or XML declaration; the bytes (well-formed UTF-8, else ICU's detector). GB2312/GBK mean GB18030,
 * ISO-8859-1 means windows-1252. UTF-8 with a few damaged bytes (at least 99% of its multi-byte
 * sequences well-formed) is UTF-8. Each byte that does not fit the charset becomes one U+FFFD, and
 * the page carries a {@linkplain Page#warnings() warning} saying how many.
 *
 * <p>Kind: see the package documentation. A pure function: thread-safe, never throws on any
 * bytes, never returns null.
 */
public final class Decoder {

  private static final char REPLACEMENT = '\uFFFD';

  private Decoder() {}

  /** The page a document's bytes hold. */
  public static Page decode(RawDocument doc) {
    Decoded d = text(doc);
    Page.Kind kind = PageKinds.of(d.text(), doc.contentType());
    return new Page(doc.source(), doc.url(), kind, d.text(), doc.captured(), doc.fields(), d.warnings());
  }

  /** Characters, and what went wrong making them. */
  record Decoded(String text, List<String> warnings) {}

  /** The characters of a document, decoded as {@link #decode} does. */
  static Decoded text(RawDocument doc) {
    byte[] bytes = doc.bytes();
    CharsetDetection.Detected found;
    try {
      found = CharsetDetection.detect(bytes, doc.contentType());
    } catch (RuntimeException e) {
      // The detector is third-party code fed hostile bytes; a failure there must not lose the page.
      found = new CharsetDetection.Detected(StandardCharsets.UTF_8, 0, "fallback");
    }
    return decode(bytes, found.skip(), found.charset());
  }

  /** Decodes with one U+FFFD for each byte that does not fit the charset, and counts them. */
  static Decoded decode(byte[] bytes, int skip, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(in.remaining() + 16);
    int replaced = 0;
    for (CoderResult r; !(r = decoder.decode(in, out, true)).isUnderflow(); ) {
      if (r.isOverflow()) {
        out = grow(out);
        continue;
      }
      for (int k = 0; k < r.length(); k++) {
        out = out.hasRemaining() ? out : grow(out);
        out.put(REPLACEMENT);
      }
      in.position(in.position() + r.length());
      replaced += r.length();
    }
    while (decoder.flush(out).isOverflow()) {
      out = grow(out);
    }
    String text = out.flip().toString();
    return new Decoded(text, replaced == 0 ? List.of() : List.of(warning(replaced, charset)));
  }

  /** The warning for {@code replaced} bytes that did not fit {@code charset}. */
  static String warning(int replaced, Charset charset) {
    return replaced + (replaced == 1 ? " byte" : " bytes") + " not valid " + charset.name() + ", replaced with U+FFFD";
  }

  private static CharBuffer grow(CharBuffer out) {
    return CharBuffer.allocate(out.capacity() * 2 + 16).put(out.flip());
  }
}
