package dev.readout.fetch;

import java.time.Duration;
import java.time.Instant;

/**
 * Time as the fetcher sees it: what time it is, and waiting until a later time. Every pause the
 * fetcher makes (per-host delay, crawl-delay, retry backoff, the wait between rounds) goes through
 * one of these, so tests pass a virtual clock and never wait on the wall. Implementations must be
 * thread-safe.
 */
public interface FetchClock {

  /** The current time. */
  Instant now();

  /** Returns at or after {@code time}; at once if it has passed. */
  void sleepUntil(Instant time) throws InterruptedException;

  /** The system clock and {@link Thread#sleep}. */
  static FetchClock system() {
    return new FetchClock() {
      @Override
      public Instant now() {
        return Instant.now();
      }

      @Override
      public void sleepUntil(Instant time) throws InterruptedException {
        long millis = Duration.between(Instant.now(), time).toMillis();
        if (millis > 0) {
          Thread.sleep(millis);
        }
      }
    };
  }
}
