package dev.readout.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class EvidenceTest {

  private static Element first(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }

  @Test
  void classWordsSplitAtHyphensUnderscoresAndHumps() {
    assertThat(Evidence.ofWords("relatedArticles")).isEqualTo(Role.RELATED);
    assertThat(Evidence.ofWords("article-comments")).isEqualTo(Role.COMMENTS);
    assertThat(Evidence.ofWords("social_share_bar")).isEqualTo(Role.SHARE);
    assertThat(Evidence.ofWords("entry-content post-body")).isEqualTo(Role.POSITIVE);
    assertThat(Evidence.ofWords("x1 y2")).isEqualTo(Role.NONE);
  }

  @Test
  void markupBeyondClassCounts() {
    assertThat(Evidence.of(first("<nav><a href=/>Home</a></nav>"))).isEqualTo(Role.NAVIGATION);
    assertThat(Evidence.of(first("<div itemprop=articleBody class=sidebar>x</div>"))).isEqualTo(Role.POSITIVE);
    assertThat(Evidence.of(first("<div role=complementary>x</div>"))).isEqualTo(Role.WIDGET);
    assertThat(Evidence.of(first("<figure><figcaption>x</figcaption></figure>"))).isEqualTo(Role.CAPTION);
    assertThat(Evidence.of(first("<div id=disqus_thread></div>"))).isEqualTo(Role.COMMENTS);
  }

  @Test
  void shortNonWordsAreIgnored() {
    assertThat(Evidence.ofWords("col-3 ad")).isEqualTo(Role.WIDGET);
    assertThat(Evidence.ofWords("col-3 pad")).isEqualTo(Role.NONE);
  }

  @Test
  void turkishLocaleKeepsClassWords() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(Evidence.ofWords("SIDEBAR")).isEqualTo(Role.WIDGET);
      assertThat(Evidence.ofWords("COMMENT-LIST")).isEqualTo(Role.COMMENTS);
    } finally {
      Locale.setDefault(saved);
    }
  }
}
