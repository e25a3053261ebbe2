package dev.readout.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline over engagements that did not all happen, and independent reports of one visit. */
class TimelineStatusTest {

  @TempDir static Path data;
  static Corpus corpus;

  @BeforeAll
  static void ingest() throws IOException {
    List<AnnotatedArticle> all = new ArrayList<>(Fixtures.corpus());
    all.addAll(Fixtures.notYet());
    try (Ingester in = Ingester.open(data, new IngestConfig(2, 1), Fixtures.grouper())) {
      in.add(all);
    }
    corpus = Corpus.open(data);
  }

  @AfterAll
  static void close() throws IOException {
    corpus.close();
  }

  static List<TimelineEntry> entries(Set<Status> status) throws IOException {
    return corpus.engagements(EngagementQuery.all().withStatus(status)).entries();
  }

  @Test
  void entriesCarryStatusActorsAndRecipients() throws IOException {
    TimelineEntry visit = entries(Set.of(Status.SCHEDULED)).get(0);
    assertThat(visit.date()).map(Object::toString).contains("2021-03-22/2021-03-23");
    assertThat(visit.actors()).extracting(p -> p.id()).containsExactly(Fixtures.LAVROV);
    assertThat(visit.recipients()).extracting(p -> p.id()).containsExactly(Fixtures.WANG);
    assertThat(visit.recipients().get(0).country()).contains("CN");
    assertThat(visit.symmetric()).isFalse();
  }

  @Test
  void statusFilterKeepsOneOrMoreStatuses() throws IOException {
    assertThat(entries(Set.of())).hasSize(6);
    assertThat(entries(EnumSet.of(Status.HAPPENED))).hasSize(4).allSatisfy(e -> assertThat(e.status()).isEqualTo(Status.HAPPENED));
    assertThat(entries(EnumSet.of(Status.SCHEDULED, Status.PROPOSED))).extracting(TimelineEntry::status)
        .containsExactly(Status.SCHEDULED, Status.PROPOSED);
    assertThat(entries(EnumSet.of(Status.ONGOING))).isEmpty();
    assertThat(corpus.engagementsByMonth(EngagementQuery.all().withStatus(Set.of(Status.SCHEDULED))).series())
        .singleElement().extracting(TimeSeries.Series::category).isEqualTo("visit");
  }

  @Test
  void statusesParseFromCommaSeparatedWordsAndNameTheParameterWhenBad() {
    assertThat(EngagementQuery.statuses("scheduled, Proposed")).containsExactlyInAnyOrder(Status.SCHEDULED, Status.PROPOSED);
    assertThat(EngagementQuery.statuses("")).isEmpty();
    assertThatThrownBy(() -> EngagementQuery.statuses("happend"))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("status"))
        .hasMessageContaining("happened, ongoing, scheduled, proposed").hasMessageContaining("happend");
    assertThatThrownBy(() -> EngagementQuery.statuses("happened,,scheduled")).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void anIndependentReportThatTheVisitHappenedMergesWithTheAnnouncement(@TempDir Path other) throws IOException {
    List<AnnotatedArticle> all = new ArrayList<>(Fixtures.notYet());
    all.add(Fixtures.visitReport());
    try (Ingester in = Ingester.open(other, new IngestConfig(2, 1), Fixtures.grouper())) {
      in.add(all);
    }
    try (Corpus c = Corpus.open(other)) {
      List<TimelineEntry> t = c.engagements(EngagementQuery.all()).entries();
      assertThat(t).hasSize(2);
      TimelineEntry visit = t.get(0);
      assertThat(visit.status()).isEqualTo(Status.HAPPENED);
      assertThat(visit.place()).contains("Guilin");
      assertThat(visit.sources()).extracting(s -> s.outlet().orElseThrow()).containsExactly("Global Times", "Xinhua");
      assertThat(c.engagements(EngagementQuery.all().withStatus(Set.of(Status.SCHEDULED))).entries()).isEmpty();
    }
  }
}
