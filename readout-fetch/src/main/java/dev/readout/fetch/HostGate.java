package dev.readout.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Per-host politeness: at most {@code concurrency} requests in flight to one host, and request
 * starts to one host at least its delay apart (the configured delay, or the robots.txt crawl-delay
 * when that is longer). Waiting goes through the {@link FetchClock}. Thread-safe.
 */
final class HostGate {

  private final FetchClock clock;
  private final Duration delay;
  private final int concurrency;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  HostGate(FetchClock clock, Duration delay, int concurrency) {
    this.clock = clock;
    this.delay = delay;
    this.concurrency = concurrency;
  }

  private final class Host {
    final Semaphore permits = new Semaphore(concurrency, true);
    Instant next = Instant.MIN;
    Duration delay = HostGate.this.delay;
  }

  /** Lengthens the delay for {@code origin}, e.g. to honour a crawl-delay. */
  void slowDown(String origin, Duration crawlDelay) {
    Host h = host(origin);
    synchronized (h) {
      if (crawlDelay.compareTo(h.delay) > 0) {
        h.delay = crawlDelay;
      }
    }
  }

  /** Waits for a permit and a start slot for {@code origin}; call {@link #release} after. */
  void acquire(String origin) throws InterruptedException {
    Host h = host(origin);
    h.permits.acquire();
    Instant slot;
    try {
      synchronized (h) {
        Instant now = clock.now();
        slot = h.next.isAfter(now) ? h.next : now;
        h.next = slot.plus(h.delay);
      }
      clock.sleepUntil(slot);
    } catch (InterruptedException | RuntimeException e) {
      h.permits.release();
      throw e;
    }
  }

  void release(String origin) {
    host(origin).permits.release();
  }

  private Host host(String origin) {
    return hosts.computeIfAbsent(origin, o -> new Host());
  }
}
