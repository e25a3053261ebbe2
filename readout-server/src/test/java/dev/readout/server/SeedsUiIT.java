package dev.readout.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.index.Corpus;
import dev.readout.index.IngestListener;
import dev.readout.index.Ingester;
import dev.readout.read.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The UI over the five seed pages run through the real pipeline. These pass once the stages that
 * find statements, engagements and stories land; until then they fail, by design.
 */
class SeedsUiIT {

  @TempDir static Path data;
  static Corpus corpus;
  static ReadoutServer server;
  static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    List<String> seeds;
    try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(Path::toString).toList();
    }
    try (Ingester in = Ingester.open(data)) {
      in.ingest(Sources.open(seeds), IngestListener.none());
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

  @Test
  void afghanistanFindsWangYiAndLavrovInSeed004() {
    browser.open("#/search?type=statement&q=Afghanistan");
    List<WebElement> hits = browser.all("#results li.hit");
    assertThat(hits.stream().map(h -> h.findElement(By.cssSelector(".speaker")).getText()).distinct())
        .contains("Wang Yi", "Sergei Lavrov");
    assertThat(hits).allSatisfy(h -> assertThat(h.getText()).contains("Chinese, Russian FMs pledge to step up bilateral cooperation"));
  }

  @Test
  void timelineListsTheSeedEngagementsInDateOrder() {
    browser.open("#/timeline");
    List<String> dates = browser.all("#timeline li.engagement .date").stream().map(WebElement::getText).toList();
    assertThat(dates).contains("2020-09-11", "2021-02-04").isSorted();
  }

  @Test
  void storyOfSeed001ShowsSeed000AsItsCopy() {
    browser.open("#/search?type=article&q=" + "%22non-interference%22");
    browser.follow(browser.all("#results .article-hit a[href^='#/story/']").get(0));
    List<WebElement> rows = browser.all("#copies tr.copy");
    assertThat(rows).hasSize(2);
    assertThat(String.join(" ", rows.stream().map(WebElement::getText).toList())).contains("China Daily");
    // Seed 001 is the same text without headline or outlet: the China Daily copy is the one to call most complete.
    assertThat(rows.get(0).getText()).contains("China, Russia stress non-interference", "China Daily", "most complete copy");
    assertThat(rows.get(1).getText()).doesNotContain("most complete copy");
  }

  @Test
  void chartsDrawTheSeedEngagementsAndNetwork() throws IOException {
    browser.open("#/network");
    assertThat(browser.all("#view svg.chart a.node")).extracting(n -> n.getAttribute("data-id")).contains("person:wang-yi", "person:sergei-lavrov");
    browser.screenshot("seeds-network");
    browser.open("#/actor/Wang%20Yi");
    assertThat(browser.all("#engagements-chart rect.bar")).isNotEmpty();
    assertThat(browser.all("#statements-chart rect.bar")).isNotEmpty();
    assertThat(browser.all("h1").get(0).getText()).isEqualTo("Wang Yi");
    browser.screenshot("seeds-actor");
  }
}
