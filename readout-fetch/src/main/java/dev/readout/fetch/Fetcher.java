package dev.readout.fetch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Fetches news into WARC files: feeds (RSS, RDF, Atom), sitemaps (news sitemaps and sitemap indexes
 * included) and start pages, told apart by what they return; every page they lead to is fetched
 * once, politely, and written to {@code readout-fetch-NNNNN.warc.gz} files in the output folder,
 * which {@code readout extract} and {@code ingest} read as they are.
 *
 * <p>Incremental and crash-safe: the folder's hidden state file ({@value #STATE}) records each page
 * after its WARC bytes are written, so a second run fetches only what is new, and a run killed at
 * any point loses nothing and writes nothing twice when run again. See {@code docs/fetch.md}.
 *
 * <p>One fetcher per output folder at a time; {@link #run} is not to be called concurrently.
 */
public final class Fetcher implements Closeable {

  /** The state file's name inside the output folder. */
  public static final String STATE = ".readout-fetch-state";

  private final FetchConfig config;
  private final FetchClock clock;
  private final SeenLog log;
  private final WarcOutput output;
  private final List<Path> recovered;

  private Fetcher(FetchConfig config, FetchClock clock, SeenLog log, WarcOutput output, List<Path> recovered) {
    this.config = config;
    this.clock = clock;
    this.log = log;
    this.output = output;
    this.recovered = recovered;
  }

  /**
   * Opens (or creates) the output folder {@code out}, closing any WARC file an interrupted run left
   * open after cutting it back to what the state file records.
   *
   * @throws IOException when the folder or its state cannot be read or written
   */
  public static Fetcher open(Path out, FetchConfig config, FetchClock clock) throws IOException {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    Files.createDirectories(out);
    SeenLog log = SeenLog.open(out.resolve(STATE));
    try {
      List<Path> recovered = new ArrayList<>();
      WarcOutput output = WarcOutput.open(out, log, config, recovered);
      return new Fetcher(config, clock, log, output, recovered);
    } catch (IOException | RuntimeException e) {
      log.close();
      throw e;
    }
  }

  /**
   * Runs one round over {@code sources} (URLs); the WARC file written is closed at the end. A source
   * or page that fails is reported to the listener and the round goes on.
   *
   * @throws IOException when the output cannot be written (the round stops)
   * @throws InterruptedException when interrupted; what was written stays recorded
   */
  public FetchSummary run(List<String> sources, FetchListener listener) throws IOException, InterruptedException {
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(listener, "listener");
    recovered.forEach(listener::onClosed);
    recovered.clear();
    HostGate gate = new HostGate(clock, config.hostDelay(), config.hostConcurrency());
    Http http = new Http(config, gate, clock);
    Robots robots = new Robots(http, gate, config);
    return new Round(config, http, robots, log, output, clock, listener).run(sources);
  }

  /**
   * Runs a round every {@code every} (measured start to start; a round that overruns is followed at
   * once) until interrupted, handing each summary to {@code afterRound}.
   */
  public void repeat(List<String> sources, Duration every, FetchListener listener, Consumer<FetchSummary> afterRound)
      throws IOException, InterruptedException {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("every must be positive, got " + every);
    }
    while (!Thread.interrupted()) {
      Instant next = clock.now().plus(every);
      afterRound.accept(run(sources, listener));
      clock.sleepUntil(next);
    }
    throw new InterruptedException();
  }

  @Override
  public void close() throws IOException {
    try {
      output.close();
    } finally {
      log.close();
    }
  }
}
