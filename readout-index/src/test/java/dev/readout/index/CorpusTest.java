package dev.readout.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  @TempDir static Path data;
  static Corpus corpus;

  @BeforeAll
  static void ingest() throws IOException {
    try (Ingester in = Ingester.open(data, new IngestConfig(2, 1), Fixtures.grouper())) {
      in.add(Fixtures.corpus());
    }
    corpus = Corpus.open(data);
  }

  @AfterAll
  static void close() throws IOException {
    corpus.close();
  }

  @Test
  void statementSearchFindsBothSpeakersWithFacets() throws IOException {
    SearchResult r = corpus.search(SearchRequest.of("Afghanistan", SearchRequest.Type.STATEMENT));
    assertThat(r.total()).isEqualTo(2);
    assertThat(r.hits()).extracting(h -> ((StatementHit) h).speaker()).containsExactlyInAnyOrder("Wang Yi", "Sergei Lavrov");
    StatementHit h = (StatementHit) r.hits().get(0);
    assertThat(h.date()).contains("2021-09-17");
    assertThat(h.article()).isNotBlank();
    assertThat(r.facets().get("speaker")).extracting(FacetValue::value).containsExactlyInAnyOrder("Wang Yi", "Sergei Lavrov");
    assertThat(r.facets().get("topic")).containsExactly(new FacetValue("afghanistan", 2));
  }

  @Test
  void filtersIgnoreCaseAndTakeIdsOrNames() throws IOException {
    SearchRequest all = SearchRequest.of("", SearchRequest.Type.STATEMENT);
    assertThat(corpus.search(all).total()).isEqualTo(8);
    assertThat(corpus.search(all.withSpeaker("sergei lavrov")).total()).isEqualTo(4);
    assertThat(corpus.search(all.withSpeaker(Fixtures.LAVROV)).total()).isEqualTo(4);
    SearchRequest dated = new SearchRequest("", SearchRequest.Type.ARTICLE, Optional.empty(), Optional.empty(),
        Optional.of("ru"), Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2021, 1, 1)), Optional.of(LocalDate.of(2021, 6, 30)),
        SearchRequest.Order.NEWEST, 0, 10);
    assertThat(corpus.search(dated).hits()).extracting(h -> ((ArticleHit) h).title().orElseThrow())
        .containsExactly(Fixtures.CALL_TITLE, Fixtures.CALL_TITLE);
  }

  @Test
  void articleSearchPagesAndCounts() throws IOException {
    SearchRequest r = SearchRequest.of("Wang", SearchRequest.Type.ARTICLE).withPage(1, 2);
    SearchResult page = corpus.search(r);
    assertThat(page.total()).isEqualTo(4);
    assertThat(page.hits()).hasSize(2);
    assertThat(page.facets().get("outlet")).hasSize(4);
  }

  @Test
  void malformedQuerySyntaxIsNotAnError() throws IOException {
    assertThat(corpus.search(SearchRequest.of("\"Wang (-", SearchRequest.Type.ARTICLE)).total()).isPositive();
    assertThat(corpus.search(SearchRequest.of("!!! ???", SearchRequest.Type.ARTICLE)).total()).isZero();
  }

  @Test
  void exclusionsOnlyOrStarKeepTheType() throws IOException {
    for (String q : List.of("*", "-Russia", "-Russia -China", "-\"Russia\" | -Wang")) {
      SearchResult articles = corpus.search(SearchRequest.of(q, SearchRequest.Type.ARTICLE).withPage(0, 100));
      assertThat(articles.hits()).as(q).isNotEmpty().allSatisfy(h -> assertThat(h).isInstanceOf(ArticleHit.class));
      assertThat(articles.hits()).as(q).allSatisfy(h -> assertThat(((ArticleHit) h).id()).isNotBlank());
      assertThat(articles.total()).as(q).isLessThanOrEqualTo(5);
      SearchResult statements = corpus.search(SearchRequest.of(q, SearchRequest.Type.STATEMENT).withPage(0, 100));
      assertThat(statements.total()).as(q).isLessThanOrEqualTo(8).isEqualTo(statements.hits().size());
      assertThat(statements.hits()).as(q).allSatisfy(h -> assertThat(((StatementHit) h).speaker()).isNotBlank());
    }
    assertThat(corpus.search(SearchRequest.of("*", SearchRequest.Type.ARTICLE)).total()).isEqualTo(5);
    assertThat(corpus.search(SearchRequest.of("-Russia", SearchRequest.Type.ARTICLE)).hits())
        .extracting(h -> ((ArticleHit) h).title().orElseThrow()).containsExactly("Markup <b>test</b> page");
    assertThat(corpus.search(SearchRequest.of("-Afghanistan", SearchRequest.Type.STATEMENT)).total()).isEqualTo(6);
  }

  @Test
  void limitsNameTheParameter() {
    assertThatThrownBy(() -> SearchRequest.of("x", SearchRequest.Type.ARTICLE).withPage(0, 101))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("limit"));
    assertThatThrownBy(() -> SearchRequest.of("x".repeat(501), SearchRequest.Type.ARTICLE))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.parameter()).isEqualTo("q"));
  }

  @Test
  void storyListsItsCopiesWithWhatEachCut() throws IOException {
    ArticleHit hit = (ArticleHit) corpus.search(SearchRequest.of("\"important watershed\"", SearchRequest.Type.ARTICLE)).hits().get(0);
    StoryView s = corpus.story(hit.story().orElseThrow()).orElseThrow();
    assertThat(s.copies()).extracting(c -> c.outlet().orElseThrow()).containsExactly("China Daily", "People's Daily Online");
    assertThat(s.copies().get(1).cut()).containsExactly(Fixtures.CUT);
    assertThat(s.copies().get(0).title()).contains(Fixtures.CALL_TITLE);
    assertThat(corpus.story("nope")).isEmpty();
  }

  @Test
  void timelineIsInDateOrderWithCopiesMerged() throws IOException {
    Timeline t = corpus.engagements(EngagementQuery.all());
    assertThat(t.entries()).extracting(e -> e.date().orElseThrow().toString())
        .containsExactly("2020-09-11", "2020-09-16", "2021-02-04", "2021-09-16");
    assertThat(t.entries().get(2).articles()).hasSize(2);
    Timeline lavrov = corpus.engagements(new EngagementQuery(Optional.of("Sergei Lavrov"), Optional.empty(), Optional.empty(), 0, 10));
    assertThat(lavrov.total()).isEqualTo(3);
  }

  @Test
  void timelineSourcesCarryTitleAndOutlet() throws IOException {
    TimelineEntry call = corpus.engagements(EngagementQuery.all()).entries().get(2);
    assertThat(call.sources()).extracting(x -> x.outlet().orElseThrow()).containsExactly("China Daily", "People's Daily Online");
    assertThat(call.sources()).allSatisfy(x -> assertThat(x.title()).contains(Fixtures.CALL_TITLE));
    assertThat(call.sources()).extracting(TimelineEntry.Source::article).isEqualTo(call.articles());
  }

  @Test
  void timelineFiltersByASecondParticipantAndType() throws IOException {
    EngagementQuery withXinhua = new EngagementQuery(Optional.of(Fixtures.WANG), Optional.of("organization:xinhua"),
        Optional.empty(), Optional.empty(), Optional.empty(), 0, 10);
    assertThat(corpus.engagements(withXinhua).entries()).extracting(e -> e.type().json()).containsExactly("interview");
    EngagementQuery meetings = new EngagementQuery(Optional.empty(), Optional.empty(), Optional.of("Meeting"),
        Optional.empty(), Optional.empty(), 0, 10);
    assertThat(corpus.engagements(meetings).entries()).extracting(e -> e.date().orElseThrow().toString()).containsExactly("2020-09-11", "2021-09-16");
  }

  @Test
  void engagementsCountByMonthAndTypeWithCopiesMerged() throws IOException {
    TimeSeries t = corpus.engagementsByMonth(EngagementQuery.all());
    assertThat(t.months()).hasSize(13).startsWith(java.time.YearMonth.of(2020, 9)).endsWith(java.time.YearMonth.of(2021, 9));
    assertThat(t.series()).extracting(TimeSeries.Series::category).containsExactly("meeting", "interview", "phone_call");
    assertThat(t.series().get(0).counts().get(0)).isEqualTo(1);
    assertThat(t.series().get(0).counts().get(12)).isEqualTo(1);
    assertThat(t.series().get(2).counts().get(5)).isEqualTo(1);
    assertThat(t.series()).extracting(TimeSeries.Series::total).containsExactly(2L, 1L, 1L);
    assertThat(t.undated()).isZero();
    assertThat(t.truncated()).isFalse();
  }

  @Test
  void networkCountsWhoMetWhom() throws IOException {
    Network n = corpus.network(EngagementQuery.all(), 30);
    assertThat(n.nodes()).containsExactly(
        new Network.Node(Fixtures.WANG, "Wang Yi", 4), new Network.Node(Fixtures.LAVROV, "Sergei Lavrov", 3),
        new Network.Node("organization:xinhua", "Xinhua", 1));
    assertThat(n.edges()).containsExactly(
        new Network.Edge(Fixtures.LAVROV, Fixtures.WANG, 3), new Network.Edge("organization:xinhua", Fixtures.WANG, 1));
    assertThat(n.engagements()).isEqualTo(4);
    Network two = corpus.network(EngagementQuery.all(), 2);
    assertThat(two.nodes()).hasSize(2);
    assertThat(two.edges()).hasSize(1);
    assertThat(two.truncated()).isTrue();
  }

  @Test
  void anActorsStatementsCountByMonthAndTopic() throws IOException {
    TimeSeries t = corpus.statementsByMonth("Wang Yi", Optional.empty(), Optional.empty()).orElseThrow();
    assertThat(t.months()).hasSize(13);
    assertThat(t.series()).extracting(TimeSeries.Series::category).containsExactly("geopolitics", "afghanistan", "bilateral");
    assertThat(t.series().get(0).counts().get(5)).isEqualTo(2);
    assertThat(corpus.statementsByMonth("person:nobody", Optional.empty(), Optional.empty())).isEmpty();
  }

  @Test
  void actorsAreCountedAndLookedUp() throws IOException {
    List<ActorSummary> actors = corpus.actors(0, 10);
    assertThat(actors).extracting(ActorSummary::id).containsExactly(Fixtures.WANG, Fixtures.LAVROV);
    ActorSummary wang = corpus.actor(Fixtures.WANG).orElseThrow();
    assertThat(wang.articles()).isEqualTo(4);
    assertThat(wang.statements()).isEqualTo(4);
    assertThat(wang.country()).contains("CN");
    assertThat(corpus.actor("person:nobody")).isEmpty();
  }

  @Test
  void anActorIsFoundByItsCanonicalNameInAnyCase() throws IOException {
    ActorSummary byId = corpus.actor(Fixtures.WANG).orElseThrow();
    assertThat(corpus.actor("Wang Yi")).contains(byId);
    assertThat(corpus.actor(" wang yi ")).contains(byId);
    assertThat(corpus.actor("Wang")).isEmpty();
  }

  @Test
  void statsCountEverything() throws IOException {
    CorpusStats s = corpus.stats();
    assertThat(s.articles()).isEqualTo(5);
    assertThat(s.stories()).isEqualTo(4);
    assertThat(s.statements()).isEqualTo(8);
    assertThat(s.actors()).isEqualTo(2);
    assertThat(s.outlets()).isEqualTo(5);
    assertThat(s.first()).contains(LocalDate.of(2020, 9, 11));
  }

  @Test
  void articleRoundTripsEngagementsAndEvents() throws IOException {
    var call = Fixtures.phoneCall("China Daily", List.of());
    var stored = corpus.article(call.article().id()).orElseThrow();
    assertThat(call.events()).hasSize(2);
    assertThat(stored.engagements()).isEqualTo(call.engagements());
    assertThat(stored.events()).isEqualTo(call.events());
  }

  @Test
  void articleRoundTripsTheFullRecord() throws IOException {
    var a = Fixtures.hostile();
    assertThat(corpus.article(a.article().id()).orElseThrow().article()).isEqualTo(a.article());
    assertThat(corpus.article("0000")).isEmpty();
  }
}
