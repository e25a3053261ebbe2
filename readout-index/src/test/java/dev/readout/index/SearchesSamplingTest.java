package dev.readout.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Article;
import dev.readout.model.Statement;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts from a sample: on 2,000 statements whose speakers have known shares (50, 30, 15
 * and 5 per cent), counting a 400-statement sample must keep the total exact, flag the counts as
 * sampled, and estimate each share within a few points; below the sample size counts are exact.
 */
class SearchesSamplingTest {

  static final int ARTICLES = 500;
  static final String[] SPEAKERS = {"Ada Alpha", "Ben Beta", "Cy Gamma", "Di Delta"};
  static final int[] PER_TWENTY = {10, 6, 3, 1}; // shares of 20 statements: 50%, 30%, 15%, 5%

  @TempDir static Path data;
  static FSDirectory dir;
  static DirectoryReader reader;
  static Snapshot snapshot;

  @BeforeAll
  static void build() throws IOException {
    List<AnnotatedArticle> all = new ArrayList<>();
    int k = 0;
    for (int i = 0; i < ARTICLES; i++) {
      List<String> sentences = new ArrayList<>();
      List<String> speakers = new ArrayList<>();
      for (int j = 0; j < 4; j++, k++) {
        speakers.add(speakerOf(k));
        sentences.add(speakerOf(k) + " said the harbour talks in round " + k + " went well.");
      }
      Article a = Fixtures.article("Harbour talks " + i, "Outlet " + (i % 3), LocalDate.of(2020, 1, 1).plusDays(i),
          List.of(String.join(" ", sentences)), List.of());
      String body = a.body();
      List<Statement> statements = new ArrayList<>();
      for (int j = 0; j < 4; j++) {
        String name = speakers.get(j);
        statements.add(Fixtures.statement(body, name, "person:" + name.toLowerCase().replace(' ', '-'), sentences.get(j), "said", List.of("trade")));
      }
      all.add(new AnnotatedArticle(a, Optional.empty(), List.of(), statements, List.of(), List.of(), List.of("trade")));
    }
    try (Ingester in = Ingester.open(data, new IngestConfig(250, 1), Fixtures.grouper())) {
      in.add(all);
    }
    dir = FSDirectory.open(Store.indexDir(data));
    reader = DirectoryReader.open(dir);
    snapshot = new Snapshot(reader);
  }

  /** The k-th statement's speaker, cycling through blocks of 20 with the shares above. */
  static String speakerOf(int k) {
    int r = k % 20;
    for (int s = 0; s < SPEAKERS.length; s++) {
      if (r < PER_TWENTY[s]) {
        return SPEAKERS[s];
      }
      r -= PER_TWENTY[s];
    }
    throw new AssertionError();
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    dir.close();
  }

  @Test
  void sampledCountsEstimateEachShareAndTheTotalStaysExact() throws IOException {
    SearchResult r = Searches.search(snapshot, SearchRequest.of("harbour", SearchRequest.Type.STATEMENT), 400);
    assertThat(r.total()).isEqualTo(4L * ARTICLES);
    assertThat(r.facetsSampled()).isTrue();
    Map<String, Long> counts = r.facets().get("speaker").stream()
        .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    for (int s = 0; s < SPEAKERS.length; s++) {
      double share = counts.get(SPEAKERS[s]) / (double) r.total();
      assertThat(share).as(SPEAKERS[s]).isCloseTo(PER_TWENTY[s] / 20.0, org.assertj.core.data.Offset.offset(0.04));
    }
    assertThat(r.facets().get("speaker")).extracting(FacetValue::value).containsExactly(SPEAKERS);
    assertThat(r.facets().get("topic")).allSatisfy(v -> assertThat(v.count()).isLessThanOrEqualTo(r.total()));
  }

  @Test
  void belowTheSampleSizeCountsAreExact() throws IOException {
    SearchResult r = Searches.search(snapshot, SearchRequest.of("harbour", SearchRequest.Type.STATEMENT), 10_000);
    assertThat(r.facetsSampled()).isFalse();
    assertThat(r.facets().get("speaker")).containsExactly(
        new FacetValue("Ada Alpha", 1000), new FacetValue("Ben Beta", 600), new FacetValue("Cy Gamma", 300), new FacetValue("Di Delta", 100));
  }

  @Test
  void aPageOfTopHitsDoesNotCutTheTotal() throws IOException {
    SearchResult r = Searches.search(snapshot, SearchRequest.of("harbour talks", SearchRequest.Type.STATEMENT).withPage(40, 5), 400);
    assertThat(r.total()).isEqualTo(4L * ARTICLES);
    assertThat(r.hits()).hasSize(5);
  }
}
