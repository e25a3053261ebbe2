package dev.readout.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How a fetch behaves towards the sites it visits and how much it keeps. Immutable.
 *
 * @param userAgent sent with every request and matched against robots.txt groups (its first word)
 * @param hostDelay least time between the starts of two requests to one host; a longer robots.txt
 *     {@code Crawl-delay} wins, up to {@code maxCrawlDelay}
 * @param maxCrawlDelay the longest robots.txt {@code Crawl-delay} obeyed; a site asking for more
 *     gets this
 * @param hostConcurrency requests in flight to one host at a time
 * @param threads requests in flight overall
 * @param connectTimeout for opening a connection
 * @param requestTimeout for a whole exchange, body included: a slow site is given up after this
 * @param retries further attempts after a timeout, a dropped connection, 429 or 5xx
 * @param backoff wait before the first retry, doubled for each further one
 * @param maxBodyBytes a larger body is abandoned (and the page noted as too large)
 * @param maxRedirects redirects followed per page before giving up
 * @param depth how far links are followed from a start page on its host (0: the start page only)
 * @param warcBytes a WARC file is closed and a new one begun once it holds this many bytes
 */
public record FetchConfig(
    String userAgent,
    Duration hostDelay,
    Duration maxCrawlDelay,
    int hostConcurrency,
    int threads,
    Duration connectTimeout,
    Duration requestTimeout,
    int retries,
    Duration backoff,
    long maxBodyBytes,
    int maxRedirects,
    int depth,
    long warcBytes) {

  /** The user agent sent when none is configured. */
  public static final String USER_AGENT = "readout-fetch/0.1 (+https://github.com/readout)";

  public FetchConfig {
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
      throw new IllegalArgumentException("userAgent must be printable ASCII, got \"" + userAgent + "\"");
    }
    nonNegative("hostDelay", hostDelay);
    nonNegative("maxCrawlDelay", maxCrawlDelay);
    positive("connectTimeout", connectTimeout);
    positive("requestTimeout", requestTimeout);
    nonNegative("backoff", backoff);
    atLeast("hostConcurrency", hostConcurrency, 1);
    atLeast("threads", threads, 1);
    atLeast("retries", retries, 0);
    atLeast("maxBodyBytes", maxBodyBytes, 1);
    atLeast("maxRedirects", maxRedirects, 0);
    atLeast("depth", depth, 0);
    atLeast("warcBytes", warcBytes, 1);
  }

  /**
   * One request per second per host, one at a time per host, four overall; 10 s to connect, 30 s
   * per exchange, two retries from 2 s, 10 MB bodies, 5 redirects, depth 1, 100 MB WARC files.
   */
  public static FetchConfig defaults() {
    return new FetchConfig(USER_AGENT, Duration.ofSeconds(1), Duration.ofSeconds(30), 1, 4,
        Duration.ofSeconds(10), Duration.ofSeconds(30), 2, Duration.ofSeconds(2),
        10L << 20, 5, 1, 100L << 20);
  }

  /** This config with another per-host delay. */
  public FetchConfig withHostDelay(Duration delay) {
    return new FetchConfig(userAgent, delay, maxCrawlDelay, hostConcurrency, threads, connectTimeout,
        requestTimeout, retries, backoff, maxBodyBytes, maxRedirects, depth, warcBytes);
  }


  /** This config with another body size limit. */
  public FetchConfig withMaxBodyBytes(long bytes) {
    return new FetchConfig(userAgent, hostDelay, maxCrawlDelay, hostConcurrency, threads, connectTimeout,
        requestTimeout, retries, backoff, bytes, maxRedirects, depth, warcBytes);
  }

  /** This config with another WARC rotation size. */
  public FetchConfig withWarcBytes(long bytes) {
    return new FetchConfig(userAgent, hostDelay, maxCrawlDelay, hostConcurrency, threads, connectTimeout,
        requestTimeout, retries, backoff, maxBodyBytes, maxRedirects, depth, bytes);
  }


  /** This config with other thread counts. */
  public FetchConfig withThreads(int overall, int perHost) {
    return new FetchConfig(userAgent, hostDelay, maxCrawlDelay, perHost, overall, connectTimeout,
        requestTimeout, retries, backoff, maxBodyBytes, maxRedirects, depth, warcBytes);
  }

  private static void nonNegative(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + d);
    }
  }

  private static void positive(String name, Duration d) {
    nonNegative(name, d);
    if (d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
  }

  private static void atLeast(String name, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
    }
  }
}
