package dev.readout.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.read.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

  static final String SAMPLES = Path.of("..", "samples").toString();

  @TempDir Path data;

  @Test
  void seedsIngestOnceAndTheSecondRunAddsNothing() throws IOException {
    IngestSummary first;
    try (Ingester in = Ingester.open(data)) {
      first = in.ingest(Sources.open(List.of(SAMPLES)), IngestListener.none());
    }
    assertThat(first.pages()).isEqualTo(5);
    assertThat(first.rejected()).isEmpty();
    assertThat(first.added()).isEqualTo(5);
    IngestSummary second;
    try (Ingester in = Ingester.open(data)) {
      second = in.ingest(Sources.open(List.of(SAMPLES)), IngestListener.none());
    }
    assertThat(second.added()).isZero();
    assertThat(second.known()).isEqualTo(first.added());
    assertThat(second.stories()).isEqualTo(first.stories());
    try (Corpus c = Corpus.open(data)) {
      assertThat(c.stats().articles()).isEqualTo(first.added());
    }
  }

  @Test
  void pipelineFailuresBecomeRejectionsNamingTheInput() throws IOException {
    Path page = Files.writeString(data.resolve("page.txt"), "Title\n\nSome body text for the test.");
    try (Ingester in = Ingester.open(data.resolve("d"))) {
      IngestSummary s = in.ingest(Sources.open(List.of(page.toString(), data.resolve("missing").toString())),
          doc -> { throw new IllegalStateException("boom"); }, IngestListener.none());
      assertThat(s.rejected()).hasSize(2);
      assertThat(s.rejectionsByReason()).containsKey("extract: java.lang.IllegalStateException: boom");
      assertThat(s.rejected()).anySatisfy(r -> assertThat(r.stage()).isEqualTo("read"));
    }
  }

  @Test
  void labelsFileInAFolderIsCountedAsSkippedNotRejected() throws IOException {
    Path folder = Files.createDirectories(data.resolve("in"));
    Files.writeString(folder.resolve("page.txt"), "Title\n\nSome body text for the test, long enough to keep as an article.");
    Files.writeString(folder.resolve("gold.json"), "{\n  \"about\": \"labels\",\n  \"pages\": []\n}\n");
    List<Integer> handled = new java.util.ArrayList<>();
    try (Ingester in = Ingester.open(data.resolve("d"))) {
      IngestSummary s = in.ingest(Sources.open(List.of(folder.toString())), () -> handled.add(1));
      assertThat(s.pages()).isEqualTo(1);
      assertThat(s.added()).isEqualTo(1);
      assertThat(s.rejected()).isEmpty();
      assertThat(s.skipped()).singleElement().satisfies(r -> {
        assertThat(r.source()).isEqualTo(folder.resolve("gold.json").toString());
        assertThat(r.skipped()).isTrue();
      });
      assertThat(s.rejectionsByReason()).isEmpty();
    }
    assertThat(handled).hasSize(2);
  }

  @Test
  void storiesReplayOnReopenSoCopiesStillJoin() throws IOException {
    var articles = Fixtures.corpus();
    try (Ingester in = Ingester.open(data, new IngestConfig(10, 1), Fixtures.grouper())) {
      in.add(articles.subList(0, 1));
    }
    try (Ingester in = Ingester.open(data, new IngestConfig(10, 1), Fixtures.grouper())) {
      IngestSummary s = in.add(articles);
      assertThat(s.added()).isEqualTo(4);
      assertThat(s.known()).isEqualTo(1);
    }
    try (Corpus c = Corpus.open(data)) {
      String story = c.article(articles.get(1).article().id()).orElseThrow().story().orElseThrow();
      assertThat(c.story(story).orElseThrow().copies()).hasSize(2);
    }
  }

  @Test
  void corpusRefusesAFolderWithoutAnIndex() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Corpus.open(data.resolve("none")))
        .isInstanceOf(IOException.class).hasMessageContaining("no index");
  }
}
