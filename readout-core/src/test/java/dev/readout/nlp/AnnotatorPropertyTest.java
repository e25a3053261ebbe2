package dev.readout.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Mention;
import dev.readout.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Random and hostile text: the annotator never throws and its spans always point into the body. */
class AnnotatorPropertyTest {

  private static final Annotator ANNOTATOR = new Annotator();
  private static final String[] WORDS = {
    "Wang", "Yi", "said", "told", "met", "talks", "with", "visited", "Moscow", "Russia", "Chinese",
    "Foreign", "Minister", "the", "Russian", "minister", "he", "she", "they", "their", "and", ",", ".",
    "\"", "“", "”", "''", "according", "to", "on", "Thursday", "Sept.", "11", "2020", "from", "Sept",
    "10", "16", "U.S.", "(", ")", "SCO", "Shanghai", "Cooperation", "Organization", "phone",
    "conversation", "his", "counterpart", "adding", "that", "Noting", "here", "in", "'s", "will",
    "\n\n", ":", ";", "—", "a", "spokesman", "officials", "é", "北京", "🙂", "Mr.", "B.", "Baker"
  };

  @RepeatedTest(30)
  void randomWordSoupNeverThrowsAndSpansMatchTheBody() {
    long seed = System.nanoTime();
    System.out.println("AnnotatorPropertyTest seed " + seed);
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(1, 200);
    for (int i = 0; i < n; i++) {
      sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(4) == 0 ? "" : " ");
    }
    List<String> paragraphs = new ArrayList<>();
    for (String p : sb.toString().split("\n\n")) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip());
      }
    }
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.of("2021-02-05", "Beijing", null,
        List.of(sb.substring(0, Math.min(80, sb.length()))), paragraphs.toArray(String[]::new)));
    assertSpans(a);
  }

  @Test
  void emptyBodyGivesNothing() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.body());
    assertThat(a.actors()).isEmpty();
    assertThat(a.statements()).isEmpty();
    assertThat(a.engagements()).isEmpty();
  }

  @Test
  void turkishDefaultLocaleChangesNothing() {
    String text = "INDIA'S Prime Minister said Friday that ties are strong, Iranian officials said.";
    AnnotatedArticle root = ANNOTATOR.annotate(Articles.body(text));
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      AnnotatedArticle turkish = new Annotator().annotate(Articles.body(text));
      assertThat(turkish).isEqualTo(root);
    } finally {
      Locale.setDefault(before);
    }
    assertThat(root.statements()).isNotEmpty();
  }

  private static void assertSpans(AnnotatedArticle a) {
    String body = a.article().body();
    a.actors().forEach(x -> x.mentions().forEach(m -> assertMention(body, m)));
    for (Statement s : a.statements()) {
      assertMention(body, s.sourceSpan());
      assertMention(body, s.contentSpan());
      assertMention(body, s.sentenceSpan());
    }
    a.engagements().forEach(e -> {
      if (!e.fromCaption()) {
        assertMention(body, e.evidenceSpan());
      }
      assertThat(e.participants()).hasSameSizeAs(e.participantIds()).hasSizeGreaterThanOrEqualTo(2);
    });
    assertThatCode(() -> dev.readout.json.ArticleJson.write(a)).doesNotThrowAnyException();
  }

  private static void assertMention(String body, Mention m) {
    assertThat(m.end()).isLessThanOrEqualTo(body.length());
    assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
  }
}
