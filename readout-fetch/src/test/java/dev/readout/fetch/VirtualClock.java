package dev.readout.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that only moves when someone sleeps: sleeping until a time makes it that time at once. */
public final class VirtualClock implements FetchClock {

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
  private final AtomicReference<Duration> slept = new AtomicReference<>(Duration.ZERO);

  @Override
  public Instant now() {
    return now.get();
  }

  @Override
  public void sleepUntil(Instant time) {
    Instant before = now.getAndAccumulate(time, (a, b) -> a.isAfter(b) ? a : b);
    if (time.isAfter(before)) {
      slept.accumulateAndGet(Duration.between(before, time), Duration::plus);
    }
  }

  /** Virtual time spent sleeping, all threads together. */
  public Duration slept() {
    return slept.get();
  }
}
