package dev.readout.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.index.Corpus;
import dev.readout.index.Fixtures;
import dev.readout.index.IngestConfig;
import dev.readout.index.Ingester;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The web UI in a real browser, over the synthetic fixture corpus (statements, engagements, stories filled in). */
class UiIT {

  @TempDir static Path data;
  static Corpus corpus;
  static ReadoutServer server;
  static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    try (Ingester in = Ingester.open(data, new IngestConfig(100, 1), Fixtures.grouper())) {
      in.add(Fixtures.corpus());
    }
    corpus = Corpus.open(data);
    server = ReadoutServer.create(corpus, ServerConfig.loopback(0)).start();
    browser = new Browser(server.url());
  }

  @AfterAll
  static void stop() throws IOException {
    browser.close();
    server.close();
    corpus.close();
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
}
