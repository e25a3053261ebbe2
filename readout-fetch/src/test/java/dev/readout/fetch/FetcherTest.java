package dev.readout.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher against {@link FixtureSite} on 127.0.0.1, with a virtual clock. */
class FetcherTest {

  /** Defaults (30 s timeouts: a loaded CI machine is slow), but 256 KB pages. */
  static final FetchConfig CONFIG = FetchConfig.defaults().withMaxBodyBytes(256 << 10);

  @TempDir Path out;
  final VirtualClock clock = new VirtualClock();
  FixtureSite site;

  @AfterEach
  void stop() {
    if (site != null) {
      site.close();
    }
  }

  /** Problems reported, one line each. */
  static final class Lines implements FetchListener {
    final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    final List<Path> closed = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onProblem(String line) {
      problems.add(line);
    }

    @Override
    public void onClosed(Path warc) {
      closed.add(warc);
    }
  }

  FetchSummary fetch(FetchConfig config, Lines lines, String... paths) throws IOException, InterruptedException {
    try (Fetcher f = Fetcher.open(out, config, clock)) {
      return f.run(List.of(paths).stream().map(site::url).toList(), lines);
    }
  }

  static List<String> articlePaths(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(n -> "/news/" + n + ".html").toList();
  }

  @Test
  void everyAllowedPageIsFetchedOnceAndDisallowedOnesNever() throws Exception {
    site = FixtureSite.start(12, clock::now);
    Lines lines = new Lines();
    FetchSummary s = fetch(CONFIG, lines, "/feed.xml", "/atom.xml", "/sitemap-index.xml", "/");

    for (String p : articlePaths(1, 12)) {
      assertThat(site.count(p)).as(p).isEqualTo(1);
    }
    assertThat(site.count("/private/memo.html")).isZero();
    assertThat(site.count("/robots.txt")).isEqualTo(1);
    // 12 articles and the start page, each once, as a response and a request record
    List<String> written = Warcs.responses(out);
    assertThat(written).doesNotHaveDuplicates().hasSize(13)
        .containsAll(articlePaths(1, 12).stream().map(site::url).toList()).contains(site.url("/"));
    assertThat(Warcs.requests(out)).isEqualTo(13);
    assertThat(s.fetched()).isEqualTo(13);
    assertThat(s.sources()).isEqualTo(6); // four named, two sitemaps under the index
    assertThat(s.robots()).isPositive();
    assertThat(s.failed()).isZero();
    assertThat(lines.problems).isEmpty();
    assertThat(lines.closed).hasSize(1).allMatch(p -> p.getFileName().toString().matches("readout-fetch-00001\\.warc\\.gz"));
  }

  @Test
  void requestsToOneHostKeepTheCrawlDelayApart() throws Exception {
    site = FixtureSite.start(6, clock::now);
    fetch(CONFIG.withThreads(4, 1).withHostDelay(Duration.ofSeconds(1)), new Lines(), "/feed.xml");

    List<FixtureSite.Request> rs = site.requests();
    assertThat(rs).hasSize(1 + 1 + 6); // robots.txt, the feed, six articles
    for (int i = 1; i < rs.size(); i++) {
      // robots.txt asks for 3 s, more than the configured 1 s; it applies once robots.txt is read
      Duration gap = Duration.between(rs.get(i - 1).at(), rs.get(i).at());
      assertThat(gap).as("gap before %s", rs.get(i).path()).isGreaterThanOrEqualTo(i == 1 ? Duration.ofSeconds(1) : Duration.ofSeconds(3));
    }
  }

  @Test
  void aSecondRunFetchesOnlyTheNewFeedItems() throws Exception {
    site = FixtureSite.start(5, clock::now);
    FetchSummary first = fetch(CONFIG, new Lines(), "/feed.xml");
    assertThat(first.fetched()).isEqualTo(5);

    site.publish(2);
    FetchSummary second = fetch(CONFIG, new Lines(), "/feed.xml");
    assertThat(second.fetched()).isEqualTo(2);
    assertThat(second.seen()).isEqualTo(5);
    for (String p : articlePaths(1, 7)) {
      assertThat(site.count(p)).as(p).isEqualTo(1);
    }
    List<FixtureSite.Request> feeds = site.requests().stream().filter(r -> r.path().equals("/feed.xml")).toList();
    assertThat(feeds.get(1).ifNoneMatch()).isEqualTo("\"v5\"");

    FetchSummary third = fetch(CONFIG, new Lines(), "/feed.xml");
    assertThat(third.notModified()).isEqualTo(1);
    assertThat(third.fetched()).isZero();
    assertThat(third.seen()).isZero();
    assertThat(Warcs.responses(out)).hasSize(7).doesNotHaveDuplicates();
    assertThat(Warcs.closed(out)).hasSize(2); // a round that wrote nothing leaves no file
  }

  @Test
  void troubleIsOneLineEachAndTheRunGoesOn() throws Exception {
    site = FixtureSite.start(3, clock::now);
    Lines lines = new Lines();
    FetchConfig config = CONFIG;
    String tls = site.tlsMismatch();
    FetchSummary s;
    try (Fetcher f = Fetcher.open(out, config, clock)) {
      s = f.run(List.of(site.url("/trouble.xml"), site.url("/bad-feed.xml"), site.url("/photo.png"), site.url("/gone.html"), tls, "ftp://127.0.0.1/x", site.url("/feed.xml")), lines);
    }
    assertThat(lines.problems).anySatisfy(l -> assertThat(l).startsWith(site.url("/loop/a")).contains("redirect loop"))
        .anySatisfy(l -> assertThat(l).startsWith(site.url("/huge.html")).contains("larger than"))
        .anySatisfy(l -> assertThat(l).startsWith(site.url("/big.html")).contains("over the limit"))
        .anySatisfy(l -> assertThat(l).startsWith(site.url("/photo.png")).contains("not a page: image/png"))
        .anySatisfy(l -> assertThat(l).startsWith(site.url("/gone.html")).contains("HTTP 404"))
        .anySatisfy(l -> assertThat(l).startsWith(site.url("/bad-feed.xml")).contains("malformed feed"))
        .anySatisfy(l -> assertThat(l).startsWith(tls).contains("TLS error"))
        .anySatisfy(l -> assertThat(l).startsWith("ftp://127.0.0.1/x").contains("not an http or https URL"))
        .allSatisfy(l -> assertThat(l).doesNotContain("\n"));
    // the good feed and the page behind the redirect still arrive, once each
    assertThat(Warcs.responses(out)).containsExactlyInAnyOrderElementsOf(articlePaths(1, 3).stream().map(site::url).toList());
    assertThat(site.count("/news/1.html")).isEqualTo(1);
    assertThat(s.fetched()).isEqualTo(3);
  }

  @Test
  void aSiteThatStallsIsGivenUpAfterTheTimeout() throws Exception {
    site = FixtureSite.start(1, clock::now);
    FetchConfig d = CONFIG;
    FetchConfig impatient = new FetchConfig(d.userAgent(), d.hostDelay(), d.maxCrawlDelay(), 1, 1, d.connectTimeout(),
        Duration.ofSeconds(3), 0, d.backoff(), d.maxBodyBytes(), d.maxRedirects(), d.depth(), d.warcBytes());
    Lines lines = new Lines();
    FetchSummary s = fetch(impatient, lines, "/slow.html");
    assertThat(lines.problems).containsExactly(site.url("/slow.html") + ": timed out after 3000 ms");
    assertThat(s.failed()).isEqualTo(1);
    assertThat(Warcs.closed(out)).isEmpty();
  }

  @Test
  void aPassingFailureIsRetriedAfterADoublingBackoff() throws Exception {
    site = FixtureSite.start(1, clock::now);
    FetchSummary s = fetch(CONFIG, new Lines(), "/flaky.html");
    assertThat(s.fetched()).isPositive();
    List<FixtureSite.Request> tries = site.requests().stream().filter(r -> r.path().equals("/flaky.html")).toList();
    assertThat(tries).hasSize(3);
    // backoff 2 s, then 4 s (the site's crawl-delay of 3 s would allow less before the third)
    assertThat(Duration.between(tries.get(0).at(), tries.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    assertThat(Duration.between(tries.get(1).at(), tries.get(2).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void repeatRunsARoundEveryIntervalUntilInterrupted() throws Exception {
    site = FixtureSite.start(2, clock::now);
    List<FetchSummary> rounds = new ArrayList<>();
    try (Fetcher f = Fetcher.open(out, CONFIG, clock)) {
      assertThatThrownBy(() -> f.repeat(List.of(site.url("/feed.xml")), Duration.ofMinutes(15), FetchListener.none(), s -> {
        rounds.add(s);
        if (rounds.size() == 3) {
          Thread.currentThread().interrupt();
        }
      })).isInstanceOf(InterruptedException.class);
    }
    assertThat(rounds).map(FetchSummary::fetched).containsExactly(2L, 0L, 0L);
    assertThat(rounds).map(FetchSummary::notModified).containsExactly(0L, 1L, 1L);
    List<FixtureSite.Request> feeds = site.requests().stream().filter(r -> r.path().equals("/feed.xml")).toList();
    assertThat(Duration.between(feeds.get(0).at(), feeds.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMinutes(15));
  }
}
