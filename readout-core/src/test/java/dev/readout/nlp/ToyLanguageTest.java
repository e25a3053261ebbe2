package dev.readout.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Actor;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Article;
import dev.readout.model.Dateline;
import dev.readout.model.StatedTime;
import dev.readout.model.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A language is data: the toy language {@code xx} (test resources {@code dev/readout/nlp/xx/}, every
 * word invented) has one speech cue, one title and one country, and the annotator finds a statement
 * in an {@code xx} article with them alone.
 */
class ToyLanguageTest {

  private static final Annotator ANNOTATOR = new Annotator();
  private static final String TOY = "Plonkish Vexmar Tolo Brin zog krem vabo dunu sil.";

  private static Article article(String language, String body) {
    return new Article("toy", "toy", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        StatedTime.parse("2021-02-05"), Optional.empty(),
        new Dateline(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), Optional.empty(),
        List.of(), Optional.ofNullable(language), Optional.empty(), List.of(), List.of(body), List.of());
  }

  @Test
  void toyArticleGetsAStatementFromTheToyCueTitleAndCountry() {
    AnnotatedArticle a = ANNOTATOR.annotate(article("xx", TOY));

    assertThat(a.statements()).hasSize(1);
    Statement s = a.statements().get(0);
    assertThat(s.speaker()).isEqualTo("Tolo Brin");
    assertThat(s.cue()).isEqualTo("zog");
    assertThat(s.content()).isEqualTo("krem vabo dunu sil");
    Actor speaker = a.actors().stream().filter(x -> x.id().equals(s.speakerId())).findFirst().orElseThrow();
    assertThat(speaker.kind()).isEqualTo(Actor.Kind.PERSON);
    assertThat(speaker.titles()).containsExactly("Vexmar");
    assertThat(speaker.country()).contains("XQ");
  }

  @Test
  void toyTextReadAsEnglishHasNoStatement() {
    assertThat(ANNOTATOR.annotate(article("en", TOY)).statements()).isEmpty();
  }

  @Test
  void englishTextReadAsTheToyLanguageFallsBackToNoEnglishWord() {
    String english = "Chinese Foreign Minister Wang Yi said the talks went well.";
    assertThat(ANNOTATOR.annotate(article("en", english)).statements()).hasSize(1);

    AnnotatedArticle a = ANNOTATOR.annotate(article("xx", english));
    assertThat(a.statements()).isEmpty();
    assertThat(a.actors()).noneMatch(x -> x.country().equals(Optional.of("CN")));
  }

  @Test
  void aFileTheLanguageLacksIsEmptyNotEnglish() {
    Lexicon xx = Lexicon.forLanguage("xx");
    assertThat(xx.connectives).isEmpty();
    assertThat(xx.notName).isEmpty();
    assertThat(xx.pronouns).isEmpty();
    assertThat(xx.sources.contains("spokesman")).isFalse();
    assertThat(xx.titles.contains("Vexmar")).isTrue();
    assertThat(Lexicon.rows("xx", "engagements.tsv")).isEmpty();
    assertThat(Lexicon.DEFAULT.connectives).contains("meanwhile");
  }

  @Test
  void articleLanguagePicksAKnownLanguageElseEnglish() {
    Lexicon xx = Lexicon.forLanguage("xx");
    assertThat(Lexicon.forArticle(article("xx", TOY))).isSameAs(xx);
    assertThat(Lexicon.forArticle(article("XX-yy", TOY))).isSameAs(xx);
    assertThat(Lexicon.forArticle(article("en", TOY))).isSameAs(Lexicon.DEFAULT);
    assertThat(Lexicon.forArticle(article(null, TOY))).isSameAs(Lexicon.DEFAULT);
    assertThat(Lexicon.forArticle(article("zz", TOY))).isSameAs(Lexicon.DEFAULT);
    assertThat(Lexicon.forArticle(article("../xx", TOY))).isSameAs(Lexicon.DEFAULT);
  }
}
