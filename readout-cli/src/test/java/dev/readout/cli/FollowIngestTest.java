package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.dedup.StoryIndex;
import dev.readout.fetch.FetchClock;
import dev.readout.fetch.FetchConfig;
import dev.readout.fetch.FetchListener;
import dev.readout.fetch.Fetcher;
import dev.readout.fetch.FixtureSite;
import dev.readout.index.ArticleHit;
import dev.readout.index.Corpus;
import dev.readout.index.Follower;
import dev.readout.index.Grouper;
import dev.readout.index.IngestConfig;
import dev.readout.index.IngestListener;
import dev.readout.index.IngestSummary;
import dev.readout.index.Ingester;
import dev.readout.index.SearchRequest;
import java.io.BufferedReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * From fetch to index: a follower ingests each WARC file the fetcher closes, while both run. The
 * fetcher's "file closed" callback wakes the follower; no sleeps.
 */
class FollowIngestTest {

  @TempDir Path tmp;

  @Test
  void ingestFollowPrintsALinePerClosedFileUntilInterrupted() throws Exception {
    Path warcs = Files.createDirectories(tmp.resolve("warcs"));
    PipedWriter sink = new PipedWriter();
    BufferedReader lines = new BufferedReader(new PipedReader(sink, 1 << 16));
    CommandLine cl = new CommandLine(new IngestCommand());
    cl.setOut(new PrintWriter(sink, true));
    cl.setErr(new PrintWriter(new StringWriter()));
    Thread ingest = new Thread(() -> cl.execute("--follow", warcs.toString(), "--data", tmp.resolve("data").toString(), "--threads", "1"));
    ingest.start();
    assertThat(lines.readLine()).startsWith("following ");
    try (FixtureSite site = FixtureSite.start(2, Instant::now)) {
      IndexCommandsTest.Run fetch = IndexCommandsTest.run(new FetchCommand(), site.url("/feed.xml"), "--out", warcs.toString(),
          "--delay", "0s", "--max-crawl-delay", "0s");
      assertThat(fetch.code()).as(fetch.err()).isZero();
    }
    // blocks until the follower has seen the closed file (a watch event, or its next look)
    assertThat(lines.readLine()).isEqualTo("readout-fetch-00001.warc.gz: 2 pages, 2 articles added, 0 already indexed, 0 rejected; 2 stories in index");
    ingest.interrupt();
    assertThat(lines.readLine()).isEqualTo("stopped");
    ingest.join();
  }

  /** A queue item: a file closed (wake up) or the end. */
  private static final Path END = Path.of("end");

  @Test
  void aFileTheFetcherClosesIsIndexedWhileTheFollowerRuns() throws Exception {
    Path warcs = Files.createDirectories(tmp.resolve("warcs"));
    Path data = tmp.resolve("data");
    BlockingQueue<Path> closed = new LinkedBlockingQueue<>();
    BlockingQueue<IngestSummary> ingested = new LinkedBlockingQueue<>();
    FetchConfig d = FetchConfig.defaults();
    FetchConfig config = new FetchConfig(d.userAgent(), Duration.ZERO, Duration.ZERO, 1, 2, d.connectTimeout(), d.requestTimeout(),
        0, d.backoff(), d.maxBodyBytes(), d.maxRedirects(), 1, d.warcBytes());

    try (FixtureSite site = FixtureSite.start(3, Instant::now);
        Ingester in = Ingester.open(data, new IngestConfig(10, 1), Grouper.of(StoryIndex.inMemory()))) {
      Follower follower = Follower.open(in, data, warcs);
      Thread following = new Thread(() -> {
        try {
          follower.follow(() -> closed.take() != END, IngestListener.none(), (warc, s) -> ingested.add(s));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, "follower");
      following.start();

      try (Fetcher f = Fetcher.open(warcs, config, FetchClock.system())) {
        f.run(List.of(site.url("/feed.xml")), new FetchListener() {
          @Override
          public void onClosed(Path warc) {
            closed.add(warc);
          }
        });
        IngestSummary first = ingested.poll(60, TimeUnit.SECONDS);
        assertThat(first).as("ingested the closed file").isNotNull();
        assertThat(first.added()).isEqualTo(3);
        try (Corpus c = Corpus.open(data)) {
          var hits = c.search(SearchRequest.of("\"" + FixtureSite.title(2) + "\"", SearchRequest.Type.ARTICLE));
          assertThat(hits.hits()).map(h -> ((ArticleHit) h).title().orElse("")).contains(FixtureSite.title(2));
        }

        site.publish(2);
        f.run(List.of(site.url("/feed.xml")), new FetchListener() {
          @Override
          public void onClosed(Path warc) {
            closed.add(warc);
          }
        });
        IngestSummary second = ingested.poll(60, TimeUnit.SECONDS);
        assertThat(second).isNotNull();
        assertThat(second.added()).isEqualTo(2);
        assertThat(second.known()).isZero(); // the first file was not read again
      }
      closed.add(END);
      following.join(TimeUnit.SECONDS.toMillis(60));
      assertThat(following.isAlive()).isFalse();
      // a restarted follower reads its ledger and has nothing to do
      assertThat(Follower.open(in, data, warcs).scan(IngestListener.none(), (warc, s) -> {})).isEmpty();
      try (Corpus c = Corpus.open(data)) {
        assertThat(c.stats().articles()).isEqualTo(5);
      }
    }
  }
}
