package dev.readout.read;

import dev.readout.model.Page;
import dev.readout.model.RawDocument;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a document's bytes into characters and decides whether they are plain text or HTML.
 *
 * <p>Charset, in order: byte-order mark; the charset in {@link RawDocument#contentType()} (an HTTP
 * header from a WARC, or a reader's own declaration); a {@code <meta charset>} / {@code http-equiv}
 * or XML declaration; the bytes (well-formed UTF-8, else ICU's detector). GB2312/GBK mean GB18030,
 * ISO-8859-1 means windows-1252. Bytes that do not fit the charset become U+FFFD.
 *
 * <p>Kind: see the package documentation. A pure function: thread-safe, never throws on any
 * bytes, never returns null.
 */
public final class Decoder {

  private Decoder() {}

  /** The page a document's bytes hold. */
  public static Page decode(RawDocument doc) {
    String text = text(doc);
    Page.Kind kind = PageKinds.of(text, doc.contentType());
    return new Page(doc.source(), doc.url(), kind, text, doc.captured(), doc.fields());
  }

  /** The characters of a document, decoded as {@link #decode} does. */
  static String text(RawDocument doc) {
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

  static String decode(byte[] bytes, int skip, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
      return chars.toString();
    } catch (CharacterCodingException e) {
      // Unreachable with REPLACE actions; kept total so that decode never throws.
      return new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
    }
  }
}
