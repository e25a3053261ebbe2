package dev.readout.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.readout.model.Draft;
import dev.readout.model.Draft.Tag;
import dev.readout.model.Removed;
import java.net.URI;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HtmlArticlesTest {

  private static final String SENTENCE =
      "The council voted on Tuesday to expand the river park, a plan that residents, shop owners and"
          + " the mayor had argued over for more than three years. ";

  private static String page() {
    return """
        <html lang="en-GB"><head><title>River park grows | The Daily Planet</title>
        <meta property="og:site_name" content="The Daily Planet">
        <meta property="article:published_time" content="2021-02-05T10:09:00+08:00">
        <link rel="canonical" href="https://planet.example/news/river-park">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"River park grows",
          "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Organization","name":"The Daily Planet"}],
          "dateModified":"2021-02-06"}</script></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <article><h1>River park grows</h1><p class="byline">By Jane Doe</p>
        <p>%s</p><p>%s</p>
        <figure><img src="a.jpg"><figcaption>The river at dawn. [Photo/Planet]</figcaption></figure>
        <h2>What happens next</h2><p>%s</p><ul><li>%s</li><li>%s</li></ul>
        <div style="display:none">Subscribe to our newsletter today</div>
        <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
        <div class="related-stories"><ul><li><a href="/a">Another park story with a long headline</a></li>
        <li><a href="/b">Yet another story about parks and rivers here</a></li></ul></div></article>
        <section id="comments"><p>%s</p><p>%s</p><p>%s</p></section>
        <footer>© 2021 The Daily Planet. All rights reserved.</footer></body></html>
        """.formatted(SENTENCE, SENTENCE.replace("Tuesday", "Monday"), SENTENCE.replace("council", "board"),
            SENTENCE.replace("river", "lake"), SENTENCE.replace("river", "sea"),
            "First comment! " + SENTENCE, "Second comment. " + SENTENCE, "Third comment? " + SENTENCE);
  }

  @Test
  void aLongArticleBodyInBrokenJsonLdDoesNotOverflowTheStack() {
    // Not JSON (an unquoted key), so the fields are salvaged one by one; 200,000 characters of body.
    String body = "The council met again on Tuesday. \\n".repeat(5000);
    String html = "<html><head><script type=\"application/ld+json\">{broken: 1, \"headline\": \"River park grows\", \"articleBody\": \""
        + body + "\"}</script></head><body><p>" + SENTENCE + "</p></body></html>";
    Draft d = HtmlArticles.extract(html, Optional.empty());
    assertThat(d.title()).contains("River park grows");
  }

  @Test
  void brokenJsonLdStillGivesItsFieldsWithEscapesResolved() {
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
        + "\"datePublished\": \"2021-02-05\", \"headline\": \"River \\\"park\\\" grows \\u00e9\", \"x\": [}"
        + "</script></head><body><p>" + SENTENCE + "</p></body></html>";
    Draft d = HtmlArticles.extract(html, Optional.empty());
    assertThat(d.tags().get(Tag.PUBLISHED)).containsExactly("2021-02-05");
    assertThat(d.tags().get(Tag.TITLE)).containsExactly("River \"park\" grows \u00e9");
  }

  @Test
  void bodyKeepsArticleBlocksAndSetsTheRestAside() {
    Draft d = HtmlArticles.extract(page(), Optional.of(URI.create("https://planet.example/news/river-park")));
    assertThat(d.paragraphs()).hasSize(6);
    assertThat(d.paragraphs().get(0)).startsWith("The council voted on Tuesday");
    assertThat(d.paragraphs()).contains("What happens next");
    assertThat(d.paragraphs()).noneMatch(p -> p.contains("comment") || p.contains("Jane Doe") || p.contains("Share"));
    assertThat(d.captions()).containsExactly("The river at dawn. [Photo/Planet]");
    assertThat(d.removed()).extracting(Removed::reason)
        .contains(Removed.Reason.HIDDEN, Removed.Reason.SHARE, Removed.Reason.RELATED, Removed.Reason.METADATA);
  }

  @Test
  void statedMetadataBecomesTags() {
    Draft d = HtmlArticles.extract(page(), Optional.empty());
    assertThat(d.title()).contains("River park grows");
    assertThat(d.tags().get(Tag.TITLE)).containsExactly("River park grows");
    assertThat(d.tags().get(Tag.PUBLISHED)).containsExactly("2021-02-05T10:09:00+08:00");
    assertThat(d.tags().get(Tag.MODIFIED)).containsExactly("2021-02-06");
    assertThat(d.tags().get(Tag.AUTHOR)).containsExactly("Jane Doe");
    assertThat(d.tags().get(Tag.SITE_NAME)).containsExactly("The Daily Planet");
    assertThat(d.tags().get(Tag.LANGUAGE)).containsExactly("en");
    assertThat(d.tags().get(Tag.CANONICAL)).containsExactly("https://planet.example/news/river-park");
  }

  @Test
  void chinesePageWithoutSpacesIsExtracted() {
    String p = "新华社北京2月5日电 国务院新闻办公室5日举行发布会，介绍今年经济运行情况，并回答记者提问，强调将继续扩大开放，稳定外贸外资基本盘。";
    String html = "<html><head><title>国新办举行发布会_新华网</title></head><body><div class=nav><a href=/>首页</a><a href=/a>时政</a></div>"
        + "<div class=main><p>" + p + "</p><p>" + p.replace("5日", "6日") + "</p><p>" + p.replace("外贸", "外资") + "</p></div>"
        + "<div class=footer>版权所有 新华网</div></body></html>";
    Draft d = HtmlArticles.extract(html, Optional.empty());
    assertThat(d.paragraphs()).hasSize(3);
    assertThat(d.paragraphs().get(0)).startsWith("新华社北京2月5日电");
    assertThat(d.title()).contains("国新办举行发布会");
  }

  @Test
  void dateFromUrlWhenNothingIsStated() {
    Draft d = HtmlArticles.extract("<html><body><p>" + SENTENCE + "</p></body></html>",
        Optional.of(URI.create("https://x.example/2019/11/19/story/")));
    assertThat(d.tags().get(Tag.PUBLISHED)).containsExactly("2019-11-19");
  }

  @Test
  void emptyAndBrokenMarkupGiveEmptyDrafts() {
    assertThat(HtmlArticles.extract("", Optional.empty()).paragraphs()).isEmpty();
    assertThat(HtmlArticles.extract("<<<>>></div></p><script>", Optional.empty()).paragraphs()).isEmpty();
  }

  @Test
  void randomMarkupNeverThrows() {
    long seed = System.nanoTime();
    System.out.println("HtmlArticlesTest.randomMarkupNeverThrows seed=" + seed);
    SplittableRandom random = new SplittableRandom(seed);
    String[] pieces = {"<div class=content>", "</div>", "<p>", "</p>", "<a href=x>", "</a>", "<script>", "{\"@type\":",
        "<time datetime=2021-02-05>", "<h1>", "é中", " 2021年2月5日 ", "<br>", "<table><tr><td>", "&amp;", "<!--", ">"};
    for (int i = 0; i < 200; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = random.nextInt(60); j > 0; j--) {
        b.append(random.nextBoolean() ? pieces[random.nextInt(pieces.length)] : (char) random.nextInt(0x3000));
      }
      String html = b.toString();
      assertThatCode(() -> HtmlArticles.extract(html, Optional.empty())).as("seed %d case %d", seed, i).doesNotThrowAnyException();
    }
  }
}
