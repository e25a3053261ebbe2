package dev.readout.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILLs a fetching JVM mid-run (at a seeded random point, while other threads are still writing),
 * then runs again: every article ends up in the WARC output exactly once, and no page the killed
 * run had recorded is asked for again.
 */
class FetchKillAndResumeIT {

  static final int ARTICLES = 120;
  static final int HELD_AFTER = 60;

  @TempDir Path out;

  /**
   * No delay (the child runs on the wall clock; the site's crawl-delay is capped at zero), four at a
   * time, small files so that several are closed and one is open at the kill.
   */
  static FetchConfig config() {
    FetchConfig d = FetchConfig.defaults();
    return new FetchConfig(d.userAgent(), Duration.ZERO, Duration.ZERO, 4, 4, d.connectTimeout(), d.requestTimeout(),
        d.retries(), d.backoff(), d.maxBodyBytes(), d.maxRedirects(), d.depth(), 16 << 10);
  }

  @Test
  void killedFetchLosesAndDuplicatesNothing() throws Exception {
    long seed = System.nanoTime();
    System.out.println("FetchKillAndResumeIT seed " + seed);
    int killAfter = 1 + new SplittableRandom(seed).nextInt(HELD_AFTER);
    try (FixtureSite site = FixtureSite.start(ARTICLES, Instant::now)) {
      site.holdArticlesAfter(HELD_AFTER); // the child cannot finish before the kill
      List<String> recorded = runAndKill(site, killAfter);
      site.open();

      FetchSummary rerun;
      try (Fetcher f = Fetcher.open(out, config(), new VirtualClock())) {
        rerun = f.run(List.of(site.url("/feed.xml")), FetchListener.none());
      }
      List<String> all = IntStream.rangeClosed(1, ARTICLES).mapToObj(n -> site.url("/news/" + n + ".html")).toList();
      assertThat(Warcs.responses(out)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
      assertThat(Warcs.requests(out)).isEqualTo(ARTICLES);
      assertThat(Warcs.closed(out)).as("files rotated at 16 KB").hasSizeGreaterThan(2);
      for (String uri : recorded) {
        assertThat(site.count(uri.substring(site.base().length()))).as(uri).isEqualTo(1);
      }
      assertThat(rerun.fetched() + rerun.seen()).isEqualTo(ARTICLES);
      assertThat(rerun.seen()).isGreaterThanOrEqualTo(recorded.size());
      try (Stream<Path> left = Files.list(out)) {
        assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".open"));
      }
    }
  }

  /** Starts the child, reads {@code killAfter} recorded pages, kills it; returns the pages it recorded. */
  private List<String> runAndKill(FixtureSite site, int killAfter) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), FetchChild.class.getName(),
        out.toString(), site.url("/feed.xml"))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<String> recorded = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("page ")) {
          recorded.add(line.substring(5));
          if (recorded.size() == killAfter) {
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no file closed
            break;
          }
        }
      }
    }
    p.waitFor();
    assertThat(recorded).as("pages the child recorded before the kill").hasSize(killAfter);
    return recorded;
  }
}
