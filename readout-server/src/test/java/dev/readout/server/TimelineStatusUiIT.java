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
import org.openqa.selenium.support.ui.Select;

/** The timeline in a real browser over engagements that happened, one scheduled and one proposed. */
class TimelineStatusUiIT {

  static FixtureServer fixture;
  static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    List<AnnotatedArticle> articles = new ArrayList<>(Fixtures.corpus());
    articles.addAll(Fixtures.notYet());
    fixture = FixtureServer.start(articles);
    browser = new Browser(fixture.server.url());
  }

  @AfterAll
  static void stop() throws IOException {
    browser.close();
    fixture.close();
  }

  static WebElement entry(String status) {
    return browser.all("#timeline li.engagement[data-status=" + status + "]").get(0);
  }

  @Test
  void scheduledAndProposedEntriesCarryABadgeAndAreMutedApartFromHappenedOnes() throws IOException {
    browser.open("#/timeline");
    assertThat(browser.all("#timeline li.engagement")).hasSize(6);
    WebElement visit = entry("scheduled");
    assertThat(visit.findElement(By.cssSelector(".status")).getText()).isEqualTo("scheduled");
    assertThat(visit.findElement(By.cssSelector(".actors")).getText()).isEqualTo("Sergei Lavrov");
    assertThat(visit.findElement(By.cssSelector(".recipients")).getText()).isEqualTo("Wang Yi");
    assertThat(visit.getText()).contains("Sergei Lavrov → Wang Yi");
    WebElement met = entry("happened");
    assertThat(met.findElement(By.cssSelector(".status")).getText()).isEqualTo("happened");
    assertThat(met.findElements(By.cssSelector(".recipients"))).isEmpty();
    assertThat(visit.getCssValue("color")).isNotEqualTo(met.getCssValue("color"));
    assertThat(visit.getAttribute("class")).contains("planned");
    assertThat(met.getAttribute("class")).doesNotContain("planned");
    assertThat(entry("proposed").findElement(By.cssSelector(".status")).getText()).isEqualTo("proposed");
    browser.driver.executeScript("document.getElementById('total').scrollIntoView()");
    browser.screenshot("timeline-status");
  }

  @Test
  void theStatusControlFiltersTheListAndTheChart() throws IOException {
    browser.open("#/timeline");
    String before = browser.driver.getCurrentUrl();
    new Select(browser.all("#status-filter").get(0)).selectByValue("scheduled,proposed");
    browser.until(d -> !d.getCurrentUrl().equals(before) && d.getCurrentUrl().endsWith(String.valueOf(
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.body.dataset.rendered || ''"))) ? true : null);
    assertThat(browser.driver.getCurrentUrl()).endsWith("#/timeline?status=scheduled%2Cproposed");
    assertThat(browser.all("#timeline li.engagement")).extracting(e -> e.getAttribute("data-status")).containsExactly("scheduled", "proposed");
    assertThat(browser.all("#total").get(0).getText()).isEqualTo("2 engagements");
    assertThat(browser.all("#view svg.chart rect.bar")).extracting(b -> b.getAttribute("data-category")).containsExactly("visit");
    assertThat(new Select(browser.driver.findElement(By.id("status-filter"))).getFirstSelectedOption().getText())
        .isEqualTo("Not yet (scheduled, proposed)");
    browser.screenshot("timeline-status-filter");
    browser.open("#/timeline?status=happened");
    assertThat(browser.all("#timeline li.engagement")).hasSize(4).allSatisfy(e -> assertThat(e.getAttribute("data-status")).isEqualTo("happened"));
    assertThat(browser.all("#filters .chip").get(0).getText()).startsWith("status: happened");
  }

  @Test
  void aBadStatusInTheAddressShowsTheApiError() {
    browser.open("#/timeline?status=soon");
    assertThat(browser.all("#view .error").get(0).getText()).contains("status").contains("happened, ongoing, scheduled, proposed");
  }
}
