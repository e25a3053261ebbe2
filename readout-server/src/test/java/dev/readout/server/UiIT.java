package dev.readout.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.index.Fixtures;
import dev.readout.model.AnnotatedArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The web UI in a real browser, over the synthetic fixture corpus (statements, engagements, stories
 * filled in) and a story of two equal copies.
 */
class UiIT {

  static FixtureServer fixture;
  static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    List<AnnotatedArticle> articles = new ArrayList<>(Fixtures.corpus());
    articles.addAll(Fixtures.equalCopies());
    fixture = FixtureServer.start(articles);
    browser = new Browser(fixture.server.url());
  }

  @AfterAll
  static void stop() throws IOException {
    browser.close();
    fixture.close();
  }

  static List<String> texts(List<WebElement> els) {
    return els.stream().map(WebElement::getText).toList();
  }

  @Test
  void searchForAfghanistanShowsBothSpeakersAndFacets() throws IOException {
    browser.open("#/search?type=statement&q=Afghanistan");
    assertThat(texts(browser.all("#results .speaker"))).containsExactlyInAnyOrder("Wang Yi", "Sergei Lavrov");
    assertThat(texts(browser.all("#facets [data-facet=speaker] li a"))).containsExactlyInAnyOrder("Wang Yi", "Sergei Lavrov");
    browser.screenshot("search");
    browser.follow(browser.all("#facets [data-facet=speaker] li a").stream().filter(a -> a.getText().equals("Wang Yi")).findFirst().orElseThrow());
    browser.until(d -> d.findElements(By.cssSelector("#results .speaker")).size() == 1 ? true : null);
    assertThat(texts(browser.all("#results .speaker"))).containsExactly("Wang Yi");
  }

  @Test
  void timelineListsEngagementsInDateOrder() throws IOException {
    browser.open("#/timeline");
    List<String> dates = texts(browser.all("#timeline li.engagement .date"));
    assertThat(dates).containsExactly("2020-09-11", "2020-09-16", "2021-02-04", "2021-09-16");
    browser.screenshot("timeline");
  }

  @Test
  void storyPageShowsTheOtherCopyAndWhatItCut() throws IOException {
    String copy = Fixtures.corpus().get(1).article().id();
    String first = Fixtures.corpus().get(0).article().id();
    browser.open("#/article/" + copy);
    browser.all("#title");
    browser.follow(browser.driver.findElement(By.linkText("story and copies")));
    List<WebElement> rows = browser.all("#copies tr.copy");
    assertThat(rows).extracting(r -> r.getAttribute("data-article")).containsExactly(first, copy);
    assertThat(rows.get(1).getText()).contains("1 paragraph(s) cut");
    browser.screenshot("story");
  }

  @Test
  void articleMarkupShowsAsTextAndNeverRuns() throws IOException {
    String id = Fixtures.hostile().article().id();
    browser.open("#/article/" + id);
    assertThat(browser.all("#title").get(0).getText()).isEqualTo("Markup <b>test</b> page");
    WebElement body = browser.all("#body p").get(0).findElement(By.xpath(".."));
    assertThat(body.getText()).contains("<script>document.title='pwned'</script>").contains("<img src=x onerror=");
    assertThat(body.findElements(By.cssSelector("script, img, b"))).isEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("#view img, #view script"))).isEmpty();
    assertThat(browser.driver.getTitle()).isEqualTo("Readout");
    browser.driver.findElement(By.cssSelector("#removed summary")).click();
    assertThat(browser.driver.findElement(By.id("removed")).getText()).contains("Share this story on Weibo");
  }

  @Test
  void articlePageMarksStatementsAndActors() throws IOException {
    browser.open("#/article/" + Fixtures.corpus().get(2).article().id());
    assertThat(texts(browser.all("#body mark.statement"))).hasSize(2).allSatisfy(t -> assertThat(t).contains("Afghan"));
    assertThat(texts(browser.all("#body mark.actor"))).contains("Wang", "Lavrov");
    browser.screenshot("article");
  }

  @Test
  void actorPageGroupsStatementsByTopic() throws IOException {
    browser.open("#/actor/" + Fixtures.WANG);
    List<WebElement> groups = browser.all("section.topic-group");
    assertThat(groups).extracting(g -> g.getAttribute("data-topic")).containsExactlyInAnyOrder("geopolitics", "afghanistan", "bilateral");
    browser.screenshot("actor");
  }

  @Test
  void ofEqualCopiesTheStoryCallsTheLabelledOneMostComplete() throws IOException {
    String bare = Fixtures.equalCopies().get(0).article().id();
    String full = Fixtures.equalCopies().get(1).article().id();
    browser.open("#/story/s" + bare);
    List<WebElement> rows = browser.all("#copies tr.copy");
    assertThat(rows).extracting(r -> r.getAttribute("data-article")).containsExactly(full, bare);
    assertThat(rows.get(0).getText()).contains("China, Russia hold consultations on Central Asia", "Global Times", "most complete copy");
    assertThat(rows.get(1).getText()).contains("(untitled)").doesNotContain("most complete copy");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Story: China, Russia hold consultations on Central Asia");
  }

  @Test
  void timelineSourcesShowTitleAndOutlet() {
    browser.open("#/timeline?type=phone_call");
    List<WebElement> sources = browser.all("#timeline li.engagement .source");
    assertThat(texts(sources)).containsExactly(
        Fixtures.CALL_TITLE + " — China Daily", Fixtures.CALL_TITLE + " — People's Daily Online");
    assertThat(texts(browser.all("#timeline li.engagement"))).noneMatch(t -> t.contains("article 1"));
  }

  @Test
  void theHeaderSearchFindsStatementsAndOffersTheArticles() {
    browser.open("#/timeline");
    WebElement box = browser.driver.findElement(By.id("quick-q"));
    assertThat(box.getAttribute("placeholder")).isEqualTo("Search statements and articles");
    box.sendKeys("watershed");
    String before = browser.driver.getCurrentUrl();
    box.submit();
    browser.until(d -> !d.getCurrentUrl().equals(before) && d.getCurrentUrl().endsWith(String.valueOf(
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.body.dataset.rendered || ''"))) ? true : null);
    assertThat(texts(browser.all("#types .tab"))).containsExactly("Statements (2)", "Articles (2)");
    browser.follow(browser.driver.findElement(By.cssSelector("#types a.tab")));
    assertThat(browser.all("#results .article-hit")).hasSize(2);
    assertThat(browser.all("#types .tab.active").get(0).getText()).isEqualTo("Articles (2)");
  }

  @Test
  void timelineChartBarsLeadToTheEngagementsTheyCount() throws IOException {
    browser.open("#/timeline");
    List<WebElement> bars = browser.all("#view svg.chart rect.bar");
    assertThat(bars).extracting(b -> b.getAttribute("data-category")).containsExactlyInAnyOrder("meeting", "interview", "phone_call", "meeting");
    assertThat(texts(browser.all("#view svg.chart .legend-item"))).containsExactly("meeting (2)", "interview (1)", "phone call (1)");
    browser.screenshot("timeline-chart");
    browser.follow(bars.stream().filter(b -> "phone_call".equals(b.getAttribute("data-category"))).findFirst().orElseThrow());
    assertThat(browser.driver.getCurrentUrl()).endsWith("#/timeline?type=phone_call&from=2021-02-01&to=2021-02-28");
    assertThat(texts(browser.all("#timeline li.engagement .date"))).containsExactly("2021-02-04");
    assertThat(texts(browser.all("#filters .chip"))).hasSize(3);
  }

  @Test
  void actorPageChartsEngagementsStatementsByTopicAndWhomTheyMet() throws IOException {
    browser.open("#/actor/" + Fixtures.WANG);
    assertThat(browser.all("#engagements-chart rect.bar")).hasSize(4);
    assertThat(browser.all("#network-chart a.node")).extracting(n -> n.getAttribute("data-id"))
        .containsExactly(Fixtures.WANG, Fixtures.LAVROV, "organization:xinhua");
    List<WebElement> topics = browser.all("#statements-chart .legend-item");
    assertThat(topics).extracting(t -> t.getAttribute("data-category")).containsExactly("geopolitics", "afghanistan", "bilateral");
    browser.screenshot("actor-charts");
    WebElement afghan = browser.all("#statements-chart rect.bar").stream()
        .filter(b -> "afghanistan".equals(b.getAttribute("data-category"))).findFirst().orElseThrow();
    browser.follow(afghan);
    assertThat(browser.driver.getCurrentUrl()).contains("type=statement").contains("topic=afghanistan").contains("from=2021-09-01");
    assertThat(texts(browser.all("#results .speaker"))).containsExactly("Wang Yi");
  }

  @Test
  void networkShowsWhoMetWhomAndLeadsToActorsAndEngagements() throws IOException {
    browser.open("#/network");
    List<WebElement> edges = browser.all("#view svg.chart a.edge");
    assertThat(edges).extracting(e -> e.getAttribute("data-count")).containsExactly("3", "1");
    assertThat(texts(browser.all("#view svg.chart a.node .label"))).containsExactly("Wang Yi (4)", "Sergei Lavrov (3)", "Xinhua (1)");
    browser.screenshot("network");
    browser.follow(browser.driver.findElement(By.cssSelector("a.edge[data-source='" + Fixtures.LAVROV + "']")));
    assertThat(browser.driver.getCurrentUrl()).contains("actor=" + Fixtures.LAVROV.replace(":", "%3A")).contains("with=");
    assertThat(texts(browser.all("#timeline li.engagement .date"))).containsExactly("2020-09-11", "2021-02-04", "2021-09-16");
    browser.open("#/network");
    browser.follow(browser.all("a.node[data-id='" + Fixtures.LAVROV + "'] circle").get(0));
    assertThat(browser.all("h1").get(0).getText()).isEqualTo("Sergei Lavrov");
  }
}
