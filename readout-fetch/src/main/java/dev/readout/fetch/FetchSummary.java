package dev.readout.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * What one fetch round did.
 *
 * @param sources feeds, sitemaps and start pages asked for (nested sitemaps of an index included)
 * @param notModified sources that answered 304 Not Modified: nothing new, nothing fetched
 * @param fetched pages written to the WARC output
 * @param seen pages skipped because an earlier run (or another source in this one) had them
 * @param robots pages and sources not requested because robots.txt disallows them
 * @param failed sources and pages that gave no page: errors, refusals, non-HTML or oversized bodies
 * @param bytes body bytes of the pages written
 * @param elapsed time the round took
 */
public record FetchSummary(
    long sources, long notModified, long fetched, long seen, long robots, long failed, long bytes, Duration elapsed) {

  public FetchSummary {
    Objects.requireNonNull(elapsed, "elapsed");
  }
}
