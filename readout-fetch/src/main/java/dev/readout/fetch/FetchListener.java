package dev.readout.fetch;

import java.net.URI;
import java.nio.file.Path;

/**
 * Hears what a fetch does, e.g. to draw progress or hand closed WARC files on. Called from the
 * fetcher's worker threads: implementations must be thread-safe.
 */
public interface FetchListener {

  /** A page was written to the WARC output and recorded as seen. */
  default void onPage(URI uri, long bytes) {}

  /**
   * A source or page could not be fetched or read, or robots.txt forbids it: one line naming the
   * URL and the reason. The run goes on.
   */
  default void onProblem(String line) {}

  /** A WARC file was closed under its final name: complete, and never written again. */
  default void onClosed(Path warc) {}

  /** A listener that does nothing. */
  static FetchListener none() {
    return new FetchListener() {};
  }
}
