package dev.readout.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * One fetch round: every source read, every page it leads to fetched at most once and written.
 * Sources and pages are tasks on a pool of {@link FetchConfig#threads()} threads; the per-host
 * gate inside {@link Http} keeps each site's pace. Used once.
 */
final class Round {

  /** Sitemap indexes may nest; a deeper one is a loop or a trap. */
  private static final int MAX_SITEMAP_NESTING = 3;

  /** Content types a page may have: HTML, or none or plain text, which the reader sniffs. */
  private static final Predicate<String> PAGE_TYPES =
      t -> t.isEmpty() || t.contains("html") || t.startsWith("text/plain");

  private final FetchConfig config;
  private final Http http;
  private final Robots robots;
  private final SeenLog log;
  private final WarcOutput output;
  private final FetchClock clock;
  private final FetchListener listener;
  private final ExecutorService pool;
  private final Object idle = new Object();
  private long pending;
  private final Set<URI> claimed = ConcurrentHashMap.newKeySet();
  private final AtomicReference<IOException> fatal = new AtomicReference<>();
  private final LongAdder sources = new LongAdder();
  private final LongAdder notModified = new LongAdder();
  private final LongAdder fetched = new LongAdder();
  private final LongAdder seen = new LongAdder();
  private final LongAdder disallowed = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final LongAdder bytes = new LongAdder();

  Round(FetchConfig config, Http http, Robots robots, SeenLog log, WarcOutput output, FetchClock clock, FetchListener listener) {
    this.config = config;
    this.http = http;
    this.robots = robots;
    this.log = log;
    this.output = output;
    this.clock = clock;
    this.listener = listener;
    this.pool = Executors.newFixedThreadPool(config.threads(), r -> {
      Thread t = new Thread(r, "readout-fetch");
      t.setDaemon(true);
      return t;
    });
  }

  /** The pages a source led to, and whether all were dealt with for good. */
  private final class Tracker {
    final URI source;
    final Outcome.Validators validators;
    final AtomicInteger open = new AtomicInteger(1);
    volatile boolean incomplete;

    Tracker(URI source, Outcome.Validators validators) {
      this.source = source;
      this.validators = validators;
    }

    /** One task of this source is over; the last records the source's validators. */
    void done() throws IOException {
      if (open.decrementAndGet() == 0 && !incomplete && !validators.isEmpty()) {
        log.source(source, validators);
      }
    }
  }

  private interface Task {
    void run() throws IOException, InterruptedException;
  }

  FetchSummary run(List<String> urls) throws IOException, InterruptedException {
    Instant started = clock.now();
    try {
      for (String s : urls) {
        Optional<URI> uri = Urls.normalize(s);
        if (uri.isEmpty()) {
          failed.increment();
          listener.onProblem(s + ": not an http or https URL");
        } else {
          submit(() -> source(uri.get(), 0));
        }
      }
      synchronized (idle) {
        while (pending > 0) {
          idle.wait();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (fatal.get() != null) {
      throw fatal.get();
    }
    output.closeCurrent().ifPresent(listener::onClosed);
    return new FetchSummary(sources.sum(), notModified.sum(), fetched.sum(), seen.sum(), disallowed.sum(),
        failed.sum(), bytes.sum(), Duration.between(started, clock.now()));
  }

  private void submit(Task task) {
    synchronized (idle) {
      pending++;
    }
    pool.execute(() -> {
      try {
        if (fatal.get() == null) {
          task.run();
        }
      } catch (IOException e) {
        fatal.compareAndSet(null, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        synchronized (idle) {
          if (--pending == 0) {
            idle.notifyAll();
          }
        }
      }
    });
  }

  private void source(URI uri, int nesting) throws IOException, InterruptedException {
    sources.increment();
    Followed f = follow(uri, log.validators(uri), type -> true, next -> true);
    if (!(f.outcome() instanceof Outcome.Body body)) {
      if (f.outcome() instanceof Outcome.NotModified) {
        notModified.increment();
      } else {
        refused(f, null);
        if (((Outcome.Refused) f.outcome()).why() == Outcome.Why.ROBOTS) {
          listener.onProblem(uri + ": disallowed by robots.txt");
        }
      }
      return;
    }
    Discovery.Found found;
    try {
      found = Discovery.read(body);
    } catch (Discovery.NotASource e) {
      failed.increment();
      listener.onProblem(uri + ": " + e.getMessage());
      return;
    }
    // An index is always read again: its sitemaps change while it does not.
    Tracker tracker = new Tracker(uri, found.kind() == Discovery.Kind.SITEMAP_INDEX ? Outcome.Validators.NONE : body.validators());
    switch (found.kind()) {
      case SITEMAP_INDEX -> {
        if (nesting >= MAX_SITEMAP_NESTING) {
          failed.increment();
          listener.onProblem(uri + ": sitemap indexes nested more than " + MAX_SITEMAP_NESTING + " deep");
          return;
        }
        found.links().forEach(child -> submit(() -> source(child, nesting + 1)));
      }
      case FEED, SITEMAP -> found.links().forEach(page -> pageTask(page, tracker, 1, null));
      case PAGE -> {
        if (!log.seen(f.last()) && claimed.add(f.last())) {
          write(f, body);
        }
        if (config.depth() > 0) {
          found.links().forEach(page -> pageTask(page, tracker, 1, f.last()));
        }
      }
    }
    tracker.done();
  }

  private void pageTask(URI uri, Tracker tracker, int depth, URI site) {
    tracker.open.incrementAndGet();
    submit(() -> {
      try {
        page(uri, tracker, depth, site);
      } finally {
        tracker.done();
      }
    });
  }

  /**
   * Fetches a page unless seen; from a start page ({@code site} not null) its links on the same
   * host are followed while {@code depth} is below the configured depth.
   */
  private void page(URI uri, Tracker tracker, int depth, URI site) throws IOException, InterruptedException {
    if (log.seen(uri) || !claimed.add(uri)) {
      seen.increment();
      return;
    }
    Followed f = follow(uri, Outcome.Validators.NONE, PAGE_TYPES, next -> !log.seen(next) && claimed.add(next));
    if (f.outcome() instanceof Outcome.Refused r && r.why() == Outcome.Why.SEEN) {
      seen.increment();
      log.done(uri, r.reason());
    } else if (f.outcome() instanceof Outcome.Body body) {
      write(f, body);
      if (site != null && depth < config.depth()) {
        Discovery.links(body, site).forEach(link -> pageTask(link, tracker, depth + 1, site));
      }
    } else if (f.outcome() instanceof Outcome.Refused r) {
      refused(f, tracker);
      if (r.why() == Outcome.Why.FAILED && !r.retryLater()) {
        log.done(uri, r.reason());
      }
    }
  }

  private void write(Followed f, Outcome.Body body) throws IOException {
    Optional<Path> closed = output.write(f.chain(), body, clock.now());
    fetched.increment();
    bytes.add(body.length());
    listener.onPage(f.last(), body.length());
    closed.ifPresent(listener::onClosed);
  }

  private void refused(Followed f, Tracker tracker) {
    Outcome.Refused r = (Outcome.Refused) f.outcome();
    if (r.why() == Outcome.Why.ROBOTS) {
      disallowed.increment();
      return;
    }
    failed.increment();
    if (tracker != null && r.retryLater()) {
      tracker.incomplete = true;
    }
    String at = r.uri().equals(f.chain().get(0)) ? r.uri().toString() : f.chain().get(0) + " (via " + r.uri() + ")";
    listener.onProblem(at + ": " + r.reason());
  }

  /** Where asking for a URL led: the URLs on the way, and the last answer. */
  private record Followed(List<URI> chain, Outcome outcome) {
    URI last() {
      return chain.get(chain.size() - 1);
    }
  }

  /**
   * Asks for {@code uri}, following redirects that robots.txt allows, within the limit, to URLs
   * that {@code claim} accepts.
   */
  private Followed follow(URI uri, Outcome.Validators validators, Predicate<String> wanted, Predicate<URI> claim)
      throws InterruptedException {
    List<URI> chain = new ArrayList<>(List.of(uri));
    URI at = uri;
    for (int hop = 0; hop <= config.maxRedirects(); hop++) {
      Optional<Outcome.Refused> refused = robots.refusal(at);
      if (refused.isPresent()) {
        return new Followed(chain, refused.get());
      }
      // validators go to every hop: a feed that moved answers 304 at its new address
      Outcome o = http.exchange(at, validators, wanted);
      if (!(o instanceof Outcome.Redirect r)) {
        return new Followed(chain, o);
      }
      if (chain.contains(r.location())) {
        return new Followed(chain, new Outcome.Refused(at, Outcome.Why.FAILED, "redirect loop back to " + r.location(), false));
      }
      chain.add(r.location());
      if (!claim.test(r.location())) {
        return new Followed(chain, new Outcome.Refused(at, Outcome.Why.SEEN, "redirects to " + r.location() + ", fetched already", false));
      }
      at = r.location();
    }
    return new Followed(chain, new Outcome.Refused(at, Outcome.Why.FAILED,
        String.format(Locale.ROOT, "more than %d redirects", config.maxRedirects()), false));
  }
}
