package dev.readout.read;

import dev.readout.model.Page;
import dev.readout.model.RawDocument;
import java.nio.charset.StandardCharsets;

/** Turns bytes into characters and decides whether they are plain text or HTML. */
public final class Decoder {

  private Decoder() {}

  public static Page decode(RawDocument doc) {
    String text = StandardCharsets.UTF_8.decode(doc.content()).toString();
    boolean html = text.stripLeading().startsWith("<");
    return new Page(
        doc.source(), doc.url(), html ? Page.Kind.HTML : Page.Kind.TEXT, text, doc.captured(), doc.fields());
  }
}
