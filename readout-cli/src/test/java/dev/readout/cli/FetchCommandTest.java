package dev.readout.cli;

import static dev.readout.cli.IndexCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.cli.IndexCommandsTest.Run;
import dev.readout.fetch.FixtureSite;
import dev.readout.json.ArticleJson;
import dev.readout.model.AnnotatedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readout fetch} in-process against a fixture site on 127.0.0.1, read back by {@code readout extract}. */
class FetchCommandTest {

  @TempDir Path tmp;

  @Test
  void fetchedWarcFilesExtractToTheSitesArticles() throws IOException {
    try (FixtureSite site = FixtureSite.start(5, Instant::now)) {
      Path warcs = tmp.resolve("warcs");
      // no delay on the wall clock: robots.txt asks 3 s between requests, capped here at 0
      Run fetch = run(new FetchCommand(), site.url("/feed.xml"), site.url("/gone.html"), "--out", warcs.toString(),
          "--delay", "0s", "--max-crawl-delay", "0s");
      assertThat(fetch.code()).as(fetch.err()).isZero();
      assertThat(fetch.out()).contains("sources: 2 (0 not modified)").containsPattern("pages fetched: 5 \\(\\d+\\.\\d KB\\)")
          .contains("skipped by robots.txt: 1").contains("failed: 1");
      assertThat(fetch.err().lines().toList()).containsExactly("readout fetch: " + site.url("/gone.html") + ": HTTP 404");

      Path jsonl = tmp.resolve("articles.jsonl");
      Run extract = run(new ExtractCommand(), warcs.toString(), "-o", jsonl.toString());
      assertThat(extract.code()).as(extract.err()).isZero();
      List<AnnotatedArticle> articles = Files.readAllLines(jsonl).stream().map(ArticleJson::read).toList();
      assertThat(articles).map(a -> a.article().title().orElse(""))
          .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 5).mapToObj(FixtureSite::title).toList());
      assertThat(articles).allSatisfy(a -> assertThat(a.article().url()).isPresent()
          .hasValueSatisfying(u -> assertThat(u.toString()).startsWith(site.url("/news/"))));
      assertThat(articles).allSatisfy(a -> assertThat(a.article().paragraphs()).hasSizeGreaterThanOrEqualTo(3));

      Run again = run(new FetchCommand(), site.url("/feed.xml"), "--out", warcs.toString(), "--delay", "0s", "--max-crawl-delay", "0s");
      assertThat(again.out()).contains("sources: 1 (1 not modified)").contains("pages fetched: 0");
    }
  }

  @Test
  void badOptionsAreOneLine() {
    Run r = run(new FetchCommand(), "http://127.0.0.1:1/feed.xml", "--out", tmp.toString(), "--every", "soon");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'soon' is not an interval like 500ms, 30s, 15m or 2h");
    assertThat(new FetchCommand.IntervalConverter().convert("15m")).hasMinutes(15);
    assertThat(new FetchCommand.IntervalConverter().convert("2H")).hasHours(2);
  }
}
