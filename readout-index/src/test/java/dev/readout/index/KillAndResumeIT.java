package dev.readout.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.read.Sources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGKILLs an ingesting JVM mid-run, then checks the index reopens consistent and a re-run completes it. */
class KillAndResumeIT {

  static final int PAGES = 3000;
  static final int BATCH = 200;
  static final String[] WORDS = {"minister", "talks", "trade", "Beijing", "Moscow", "cooperation", "summit", "security", "energy", "vaccine"};

  @TempDir Path tmp;

  @Test
  void killedIngestLosesNothingCommittedAndResumes() throws Exception {
    long seed = System.nanoTime();
    System.out.println("KillAndResumeIT seed " + seed);
    Path pages = generate(tmp.resolve("pages"), new SplittableRandom(seed));
    Path data = tmp.resolve("data");

    long committedSeen = runAndKill(data, pages);

    long afterKill;
    try (Corpus c = Corpus.open(data)) {
      afterKill = c.stats().articles();
      assertThat(afterKill).isGreaterThanOrEqualTo(committedSeen).isLessThan(PAGES);
      assertThat(afterKill % BATCH).isZero(); // only whole batches survive
    }
    IngestSummary resumed;
    try (Ingester in = Ingester.open(data, new IngestConfig(BATCH, 2), Grouper.of(dev.readout.dedup.StoryIndex.inMemory()))) {
      resumed = in.ingest(Sources.open(List.of(pages.toString())), IngestListener.none());
    }
    assertThat(resumed.known()).isEqualTo(afterKill);
    assertThat(resumed.added()).isEqualTo(PAGES - afterKill);
    try (Corpus c = Corpus.open(data)) {
      assertThat(c.stats().articles()).isEqualTo(PAGES);
      assertThat(c.stats().stories()).isEqualTo(PAGES);
      Set<String> ids = new HashSet<>();
      for (int offset = 0; offset < PAGES; offset += SearchRequest.MAX_LIMIT) {
        var page = c.search(SearchRequest.of("", SearchRequest.Type.ARTICLE).withOrder(SearchRequest.Order.OLDEST)
            .withPage(Math.min(offset, SearchRequest.MAX_OFFSET), SearchRequest.MAX_LIMIT));
        page.hits().forEach(h -> ids.add(((ArticleHit) h).id()));
      }
      assertThat(ids).hasSize(PAGES);
    }
  }

  /** Starts the child, waits for two commits on its stdout, kills it; returns the articles it reported committed. */
  private long runAndKill(Path data, Path pages) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(),
        data.toString(), pages.toString(), String.valueOf(BATCH))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    long committed = 0;
    int commits = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("committed ")) {
          committed = Long.parseLong(line.substring(10));
          if (++commits == 2) {
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no writer close
            break;
          }
        }
      }
    }
    p.waitFor();
    assertThat(commits).as("child committed twice before finishing").isEqualTo(2);
    return committed;
  }

  static Path generate(Path dir, SplittableRandom rnd) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < PAGES; i++) {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Report number %d on %s%n%n", i, WORDS[rnd.nextInt(WORDS.length)]));
      for (int p = 0; p < 4; p++) {
        for (int w = 0; w < 30; w++) {
          sb.append(WORDS[rnd.nextInt(WORDS.length)]).append(w % 10 == 9 ? ". " : " ");
        }
        sb.append("Item ").append(i).append('.').append(p).append(".\n\n");
      }
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "%05d.txt", i)), sb.toString());
    }
    return dir;
  }
}
