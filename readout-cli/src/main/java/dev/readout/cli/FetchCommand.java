package dev.readout.cli;

import dev.readout.fetch.FetchClock;
import dev.readout.fetch.FetchConfig;
import dev.readout.fetch.FetchListener;
import dev.readout.fetch.FetchSummary;
import dev.readout.fetch.Fetcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code readout fetch SOURCE... --out DIR [--every 15m]}: feeds, sitemaps and start pages to WARC. */
@Command(
    name = "fetch",
    description = {
      "Fetch the pages that feeds (RSS, Atom), sitemaps (news sitemaps and indexes too) or start pages list, politely,",
      "into WARC files in DIR that extract and ingest read. Runs again fetch only what is new; a killed run resumes.",
      "A source that fails is one line on stderr and the run goes on. Exit code 1 if every source failed."
    },
    mixinStandardHelpOptions = true)
public final class FetchCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "URLs of feeds, sitemaps or start pages.")
  List<String> sources;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the WARC files and the fetch state.")
  Path out;

  @Option(names = "--every", paramLabel = "INTERVAL", converter = IntervalConverter.class,
      description = "Fetch again at this interval until interrupted, e.g. 15m or 2h.")
  Duration every;

  @Option(names = "--depth", paramLabel = "N", defaultValue = "1", description = "Links followed from a start page on its host (default: ${DEFAULT-VALUE}).")
  int depth;

  @Option(names = "--user-agent", paramLabel = "UA", defaultValue = FetchConfig.USER_AGENT, description = "User agent; its first word is matched against robots.txt (default: ${DEFAULT-VALUE}).")
  String userAgent;

  @Option(names = "--delay", paramLabel = "INTERVAL", defaultValue = "1s", converter = IntervalConverter.class,
      description = "Least time between requests to one host; a longer robots.txt Crawl-delay wins (default: ${DEFAULT-VALUE}).")
  Duration delay;

  @Option(names = "--max-crawl-delay", paramLabel = "INTERVAL", defaultValue = "30s", converter = IntervalConverter.class,
      description = "Longest robots.txt Crawl-delay obeyed (default: ${DEFAULT-VALUE}).")
  Duration maxCrawlDelay;

  @Option(names = "--per-host", paramLabel = "N", defaultValue = "1", description = "Requests in flight to one host (default: ${DEFAULT-VALUE}).")
  int perHost;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "4", description = "Requests in flight overall (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--timeout", paramLabel = "INTERVAL", defaultValue = "30s", converter = IntervalConverter.class,
      description = "Longest time for one request, body included (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = "--retries", paramLabel = "N", defaultValue = "2", description = "Retries after a timeout, network error, 429 or 5xx, with doubling backoff from 2s (default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(names = "--max-page-mb", paramLabel = "MB", defaultValue = "10", description = "Larger pages are abandoned (default: ${DEFAULT-VALUE}).")
  int maxPageMb;

  @Option(names = "--max-redirects", paramLabel = "N", defaultValue = "5", description = "Redirects followed per page (default: ${DEFAULT-VALUE}).")
  int maxRedirects;

  @Option(names = "--warc-mb", paramLabel = "MB", defaultValue = "100", description = "A WARC file is closed at this size (default: ${DEFAULT-VALUE}).")
  int warcMb;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (every != null && every.isZero()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--every must be longer than zero");
    }
    FetchConfig config;
    try {
      config = new FetchConfig(userAgent, delay, maxCrawlDelay, perHost, threads, Duration.ofSeconds(10), timeout, retries,
          Duration.ofSeconds(2), (long) maxPageMb << 20, maxRedirects, depth, (long) warcMb << 20);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    try (Fetcher fetcher = Fetcher.open(out, config, FetchClock.system());
        Progress progress = Progress.start("Fetching", OptionalLong.empty(), err)) {
      FetchListener listener = new FetchListener() {
        @Override
        public void onPage(URI uri, long bytes) {
          progress.onPage();
        }

        @Override
        public void onProblem(String line) {
          synchronized (err) {
            err.println("readout fetch: " + line);
            err.flush();
          }
        }
      };
      // Ctrl-C: close the WARC file being written, so that ingest --follow sees it now rather than
      // when the next fetch recovers it. Pages written after the close go to a file left open,
      // which that recovery closes.
      Thread closeOnExit = new Thread(() -> closeQuietly(fetcher), "readout-fetch-close");
      Runtime.getRuntime().addShutdownHook(closeOnExit);
      FetchSummary s;
      try {
        if (every != null) {
          fetcher.repeat(sources, every, listener, this::print);
          return 0;
        }
        s = fetcher.run(sources, listener);
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(closeOnExit);
        } catch (IllegalStateException e) {
          // already shutting down: the hook runs
        }
      }
      print(s);
      boolean allFailed = s.failed() > 0 && s.fetched() + s.notModified() + s.seen() == 0;
      return allFailed ? 1 : 0;
    }
  }

  private void print(FetchSummary s) {
    PrintWriter out = spec.commandLine().getOut();
    if (every != null) {
      out.printf(Locale.ROOT, "round ended %s%n", Instant.now());
    }
    out.printf(Locale.ROOT, "sources: %d (%d not modified)%n", s.sources(), s.notModified());
    out.printf(Locale.ROOT, "pages fetched: %d (%s)%n", s.fetched(), size(s.bytes()));
    out.printf(Locale.ROOT, "already seen: %d%n", s.seen());
    out.printf(Locale.ROOT, "skipped by robots.txt: %d%n", s.robots());
    out.printf(Locale.ROOT, "failed: %d%n", s.failed());
    out.printf(Locale.ROOT, "time: %.1f s%n", s.elapsed().toMillis() / 1000.0);
    out.flush();
  }

  private static void closeQuietly(Fetcher fetcher) {
    try {
      fetcher.close();
    } catch (IOException e) {
      // the JVM is stopping; the next fetch recovers whatever was left open
    }
  }

  private static String size(long bytes) {
    return bytes < (1 << 20)
        ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
        : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }

  /** {@code 500ms}, {@code 2s}, {@code 15m}, {@code 2h}: a positive whole number and a unit. */
  static final class IntervalConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
      Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not an interval like 500ms, 30s, 15m or 2h");
      }
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      };
    }
  }
}
