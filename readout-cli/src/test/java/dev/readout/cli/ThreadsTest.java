package dev.readout.cli;

import static dev.readout.cli.IndexCommandsTest.SAMPLES;
import static dev.readout.cli.IndexCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.cli.IndexCommandsTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract} and {@code stories} on several threads write what they write on one, byte for
 * byte: pages are extracted in parallel, in batches, but records come out and join stories in
 * input order. The input crosses several batch boundaries and mixes copies (stories), a page with
 * no article text and a bad input.
 */
class ThreadsTest {

  @TempDir static Path tmp;
  static Path pages;

  @BeforeAll
  static void writePages() throws IOException {
    long seed = System.nanoTime();
    System.out.println("ThreadsTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    pages = Files.createDirectories(tmp.resolve("pages"));
    List<List<String>> seeds = new ArrayList<>();
    try (var files = Files.list(Path.of(SAMPLES))) {
      for (Path p : files.sorted().toList()) {
        seeds.add(List.of(Files.readString(p, StandardCharsets.UTF_8).split("\n\n")));
      }
    }
    // 2 threads make batches of 128 pages; 400 pages are several batches, in flight at once.
    for (int i = 0; i < 400; i++) {
      List<String> paras = new ArrayList<>(seeds.get(random.nextInt(seeds.size())));
      int cut = random.nextInt(Math.max(1, paras.size() / 3));
      for (int c = 0; c < cut && paras.size() > 3; c++) {
        paras.remove(paras.size() - 1 - random.nextInt(paras.size() / 2));
      }
      Files.writeString(pages.resolve(String.format("%04d.txt", i)), String.join("\n\n", paras), StandardCharsets.UTF_8);
    }
    Files.writeString(pages.resolve("0100a-nav.txt"), "Home | News | Sport\n");
    Files.write(pages.resolve("0200a-empty.txt"), new byte[0]);
  }

  @Test
  void extractWritesTheSameBytesOnOneThreadAndOnSeveral() throws IOException {
    byte[] one = extract(1);
    assertThat(new String(one, StandardCharsets.UTF_8).lines()).hasSize(400);
    assertThat(extract(2)).isEqualTo(one);
    assertThat(extract(3)).isEqualTo(one);
  }

  @Test
  void storiesAreTheSameOnOneThreadAndOnSeveral() {
    Run one = run(new StoriesCommand(), "--json", "--all", "--threads", "1", pages.toString());
    assertThat(one.code()).as(one.err()).isEqualTo(1);
    assertThat(one.out().lines().count()).isBetween(2L, 399L);
    Run three = run(new StoriesCommand(), "--json", "--all", "--threads", "3", pages.toString());
    assertThat(three.out()).isEqualTo(one.out());
    assertThat(three.err()).isEqualTo(one.err());
  }

  @Test
  void threadsBelowOneIsAUsageError() {
    Run r = run(new ExtractCommand(), "--threads", "0", SAMPLES);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).singleElement().asString().contains("--threads must be at least 1, got 0");
  }

  private static byte[] extract(int threads) throws IOException {
    Path out = tmp.resolve("out-" + threads + ".jsonl");
    Run r = run(new ExtractCommand(), pages.toString(), "--threads", String.valueOf(threads), "-o", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).contains("readout: skipped " + pages.resolve("0100a-nav.txt") + ": no article text")
        .contains("0200a-empty.txt");
    return Files.readAllBytes(out);
  }
}
