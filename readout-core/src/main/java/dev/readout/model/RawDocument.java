package dev.readout.model;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A document as a reader found it: undecoded bytes plus what the container said about them.
 *
 * @param source provenance: file path, plus {@code #<WARC-Record-ID>} or {@code :<line>} inside a
 *     container
 * @param url the page's address when the container states one (WARC-Target-URI, a JSON {@code url})
 * @param contentType the declared media type with parameters, e.g. {@code text/html; charset=gbk},
 *     when the container or file name declares one
 * @param captured when it was fetched (WARC-Date), if known
 * @param content the bytes; a read-only buffer
 * @param fields crawler-supplied metadata (JSON Lines {@code title}, {@code date_publish}, ...)
 *     under their original names
 */
public record RawDocument(
    String source,
    Optional<URI> url,
    Optional<String> contentType,
    Optional<Instant> captured,
    ByteBuffer content,
    Map<String, String> fields)
    implements Input {

  public RawDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(captured, "captured");
    content = Objects.requireNonNull(content, "content").asReadOnlyBuffer();
    fields = Map.copyOf(fields);
  }

  /** A document with bytes only, as read from a plain file. */
  public static RawDocument of(String source, byte[] bytes, Optional<String> contentType) {
    return new RawDocument(
        source, Optional.empty(), contentType, Optional.empty(), ByteBuffer.wrap(bytes.clone()), Map.of());
  }

  /** A read-only view of the bytes, positioned at zero. */
  @Override
  public ByteBuffer content() {
    return content.duplicate();
  }

  /** A copy of the bytes. */
  public byte[] bytes() {
    ByteBuffer b = content();
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }
}
