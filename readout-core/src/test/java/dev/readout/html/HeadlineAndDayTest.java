package dev.readout.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Draft;
import dev.readout.model.Draft.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The visible headline behind a breadcrumb, kickers, and the publisher's local day. */
class HeadlineAndDayTest {

  private static final String TEXT =
      "The council voted on Tuesday to expand the river park, a plan that residents, shop owners and"
          + " the mayor had argued over for more than three years before it passed. ";

  private static Draft extract(String head, String body, String url) {
    String html = "<html><head>" + head + "</head><body>" + body + "<p>" + TEXT + "</p><p>" + TEXT + "</p></body></html>";
    return HtmlArticles.extract(html, Optional.of(URI.create(url)));
  }

  private static String published(Draft d) {
    return d.tags().getOrDefault(Tag.PUBLISHED, List.of("")).get(0);
  }

  @Test
  void headlineBelowABreadcrumbOutweighsSocialTitles() {
    String head = """
        <title>Hot Monday in town</title><meta property="og:title" content="Hot Monday in town">
        <meta name="twitter:title" content="Hot Monday in town">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Only a third of the children came to school"}</script>
        """;
    String body = """
        <article><nav><ul><li><a href="/">Home</a></li><li><h1 class="whitespace-nowrap">Hot Monday in town</h1></li></ul></nav>
        <hgroup><h2>Only a third of the children came to school</h2></hgroup></article>
        """;
    assertThat(extract(head, body, "https://paper.example/a").title()).contains("Only a third of the children came to school");
  }

  @Test
  void breadcrumbHeadingsAreRecognised() {
    Element crumb = Jsoup.parse("<div class='Breadcrumbs_list'><span><h1>Title</h1></span></div>").selectFirst("h1");
    Element navItem = Jsoup.parse("<nav><h1>Title</h1></nav>").selectFirst("h1");
    Element plain = Jsoup.parse("<article><header><h1>Title</h1></header></article>").selectFirst("h1");
    assertThat(Headings.inTrail(crumb)).isTrue();
    assertThat(Headings.inTrail(navItem)).isTrue();
    assertThat(Headings.inTrail(plain)).isFalse();
  }

  @Test
  void kickerInItsOwnElementIsNotPartOfTheHeadlineProper() {
    Element split = Jsoup.parse("<h2><span class='kicker'>Olympics</span> <span>Germany beats France</span></h2>").selectFirst("h2");
    Element whole = Jsoup.parse("<h1>Germany <em>beats</em> France</h1>").selectFirst("h1");
    assertThat(Headings.proper(split)).isEqualTo("Germany beats France");
    assertThat(Headings.proper(whole)).isEqualTo("Germany beats France");
  }

  @Test
  void utcTimeMovesToTheCountrysDayOnlyWhenEveryOffsetAgrees() {
    assertThat(LocalDay.shifted("2020-08-25T00:23:33Z", "ca")).contains(java.time.LocalDate.of(2020, 8, 24));
    assertThat(LocalDay.shifted("2020-12-05T23:15:00Z", "it")).contains(java.time.LocalDate.of(2020, 12, 6));
    assertThat(LocalDay.shifted("2020-05-02T05:10:00Z", "us")).isEmpty();
    assertThat(LocalDay.shifted("2020-05-02T02:54:00+02:00", "us")).isEmpty();
    assertThat(LocalDay.country("ici.radio-canada.ca", List.of("fr"))).contains("ca");
    assertThat(LocalDay.country("abc7ny.com", List.of("en", "en_US"))).contains("us");
    assertThat(LocalDay.country("news.example.com", List.of("ja"))).contains("jp");
    assertThat(LocalDay.country("news.example.com", List.of("en"))).isEmpty();
    // any country ICU knows, with all its zones: Russia's eleven all lie east of UTC+2
    assertThat(LocalDay.shifted("2021-03-01T23:30:00Z", "ru")).contains(java.time.LocalDate.of(2021, 3, 2));
    assertThat(LocalDay.shifted("2021-03-01T23:30:00Z", "ee")).contains(java.time.LocalDate.of(2021, 3, 2));
    assertThat(LocalDay.shifted("2021-03-01T12:00:00Z", "ee")).isEmpty();
    // a ccTLD sold for general use names no country
    assertThat(LocalDay.country("startup.io", List.of("en"))).isEmpty();
    assertThat(LocalDay.country("tallinn-news.ee", List.of("en"))).contains("ee");
  }

  @Test
  void urlDayAgreeingWithTheUtcDaySettlesIt() {
    String head = "<meta property=\"article:published_time\" content=\"2020-02-18T00:25:09Z\">";
    Draft d = extract("<html lang=\"en-US\">" + head, "<h1>Headline here</h1>", "https://paper.example/2020/02/18/story/");
    assertThat(published(d)).startsWith("2020-02-18");
  }

  @Test
  void urlDayFarFromTheStatedTimeIsTheDayTheStoryWasBegun() {
    String head = "<meta property=\"article:published_time\" content=\"2020-07-09T10:04:04Z\">";
    Draft d = extract(head, "<h1>Headline here</h1>", "https://paper.example/politics/2020/07/08/story/");
    assertThat(published(d)).startsWith("2020-07-09");
    String late = "<meta property=\"article:published_time\" content=\"2020-02-18T02:18:11Z\">";
    assertThat(published(extract(late, "<h1>Headline here</h1>", "https://paper.example/2020/02/17/story/"))).isEqualTo("2020-02-17");
  }

  @Test
  void dateLineAfterTheHeadlineBeatsTodaysDateInTheTopBar() {
    String body = """
        <ul class="header--topbar-info"><li>Tuesday, (08 Dec 2020)</li></ul>
        <h1>Counteroffensive launched, envoy says</h1><ul class="nav meta"><li><a href="/time/2020-10-13">13 Oct 2020 18:29</a></li></ul>
        """;
    assertThat(published(extract("", body, "https://paper.example/news/envoy"))).isEqualTo("2020-10-13");
  }

  @Test
  void dateWrittenByATinyInlineScriptIsRead() {
    String body = "<h1>Topic</h1><table><tr><td class=\"main-text\"><script>showDate(\"2020/04/17 01:43:09\")</script></td></tr></table>";
    assertThat(published(extract("", body, "https://forum.example/67926/6950016"))).startsWith("2020-04-17");
  }
}
