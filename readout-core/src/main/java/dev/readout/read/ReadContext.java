package dev.readout.read;

import dev.readout.model.Rejected;
import java.io.Closeable;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * What the readers of one opened input share: its name, whether a folder walk found it, the
 * options, the stream to close, and the gzip layer (if any) whose damage explains a failure better
 * than the parser above it can.
 */
final class ReadContext implements Closeable {

  private final String source;
  private final boolean inFolder;
  private final ReadOptions options;
  private final Closeable resource;
  private GzipInput gzip;

  ReadContext(Found.Openable found, ReadOptions options, Closeable resource) {
    this.source = found.source();
    this.inFolder = found.inFolder();
    this.options = Objects.requireNonNull(options, "options");
    this.resource = Objects.requireNonNull(resource, "resource");
  }

  String source() {
    return source;
  }

  /** Whether a folder walk found this input (rather than a name on the command line or a stream). */
  boolean inFolder() {
    return inFolder;
  }

  long limit() {
    return options.maxDocumentBytes();
  }

  void gunzipping(GzipInput layer) {
    this.gzip = layer;
  }

  /** A rejection of the whole input. */
  Rejected reject(String reason) {
    return new Rejected(source, Failures.STAGE, reason);
  }

  /** The whole input passed over as not a page; see {@link Rejected#skipped()}. */
  Rejected skip(String reason) {
    return new Rejected(source, Rejected.SKIPPED, reason);
  }

  /** A rejection of one item inside the input, e.g. {@code path:12} or {@code path#urn:uuid:...}. */
  Rejected reject(String itemSource, String reason) {
    return new Rejected(itemSource, Failures.STAGE, reason);
  }

  /** The reason for a failure, preferring the gzip layer's own account of the damage. */
  String explain(Throwable t) {
    Optional<String> damage = gzip == null ? Optional.empty() : gzip.damage();
    return damage.orElseGet(() -> Failures.reason(t));
  }

  /** Whether the gzip layer below broke. */
  boolean damaged() {
    return gzip != null && gzip.damage().isPresent();
  }

  @Override
  public void close() {
    try {
      resource.close();
    } catch (IOException | RuntimeException e) {
      // Closing a read-only input that already failed has nothing left to report.
    }
  }
}
