package dev.readout.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Draft;
import dev.readout.model.Draft.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which stated date is a page's publication day: meta names, and wiki pages' revision time. */
class PageDatesTest {

  private static final String TEXT =
      "The council voted on Tuesday to expand the river park, a plan that residents, shop owners and"
          + " the mayor had argued over for more than three years before it passed. ";

  private static String published(String head, String body) {
    String html = "<html><head>" + head + "</head><body><h1>River park</h1><p>" + TEXT + "</p><p>" + TEXT + "</p>" + body + "</body></html>";
    Draft d = HtmlArticles.extract(html, Optional.of(URI.create("https://paper.example/a")));
    return d.tags().getOrDefault(Tag.PUBLISHED, List.of("")).get(0);
  }

  @Test
  void wikiPageIsDatedByTheRevisionItShows() {
    String ld = """
        <script type="application/ld+json">{"@type":"Article","datePublished":"2005-07-26T16:22:26-07:00",
        "dateModified":"2020-04-07T12:33:32-07:00"}</script>""";
    assertThat(published("<meta name=\"generator\" content=\"MediaWiki 1.31.0\">" + ld, "")).startsWith("2020-04-07");
    assertThat(published("<meta name=\"generator\" content=\"WordPress 5.4\">" + ld, "")).startsWith("2005-07-26");
  }

  @Test
  void wikiPageWithoutJsonLdIsDatedByItsLastEditedLine() {
    String footer = "<ul id=\"footer-info\"><li id=\"footer-info-lastmod\"> This page was last edited on 7 April 2020, at 05:33.</li></ul>";
    assertThat(published("<meta name=\"generator\" content=\"MediaWiki 1.35.0-wmf.18\">", footer)).isEqualTo("2020-04-07");
  }

  @Test
  void metaNamesFromTheDataFileAreRead() {
    assertThat(published("<meta name=\"dc.date.publication\" content=\"2019-03-02\">", "")).isEqualTo("2019-03-02");
    assertThat(published("<meta property=\"article:published_time\" content=\"2019-03-04\">"
        + "<meta name=\"dc.date.publication\" content=\"2019-03-02\">", "")).isEqualTo("2019-03-04");
  }
}
