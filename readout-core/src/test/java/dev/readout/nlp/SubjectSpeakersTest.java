package dev.readout.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers named by an arbitrary subject phrase or an unresolvable pronoun, and what they said. */
class SubjectSpeakersTest {

  private static final Annotator ANNOTATOR = new Annotator();

  private static Statement only(String... paragraphs) {
    List<Statement> s = ANNOTATOR.annotate(Articles.body(paragraphs)).statements();
    assertThat(s).hasSize(1);
    return s.get(0);
  }

  @Test
  void anySubjectPhraseBeforeACueIsTheSource() {
    Statement s = only("Abortion rights advocates said the ruling has made it more critical to fight.");
    assertThat(s.sourceSpan().text()).isEqualTo("Abortion rights advocates");
    assertThat(s.speaker()).isEqualTo("Abortion rights advocates");
    assertThat(s.content()).isEqualTo("the ruling has made it more critical to fight");
    assertThat(only("The Times said Cook provided a written statement.").sourceSpan().text())
        .isEqualTo("The Times");
    assertThat(only("There is less consensus: 47% say the United States should send troops.").sourceSpan().text())
        .isEqualTo("47%");
  }

  @Test
  void pronounsOtherThanHeAndSheAreSourcesNamedByThemselves() {
    Statement s = only("They argue that Clinton should lead by example.");
    assertThat(s.sourceSpan().text()).isEqualTo("They");
    assertThat(s.speaker()).isEqualTo("they");
    assertThat(s.content()).isEqualTo("Clinton should lead by example");
    assertThat(only("\"It is a mistake,\" I said.").sourceSpan().text()).isEqualTo("I");
  }

  @Test
  void anObjectIsNoSubjectAndWhatTheySaidIsNoStatement() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.body(
        "Voters did not believe what they said about the economy.",
        "The bill drew criticism from lawmakers in Ohio and Texas."));
    assertThat(a.statements()).isEmpty();
  }

  @Test
  void speakerPhrasesDoNotTakeTheFocusFromThePersonBeforeThem() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.body(
        "Senator John Smith spoke in Ohio. Critics of the plan say it costs too much.",
        "He said the plan would pay for itself."));
    Statement he = a.statements().get(a.statements().size() - 1);
    assertThat(he.sourceSpan().text()).isEqualTo("He");
    assertThat(he.speaker()).isEqualTo("John Smith");
  }

  @Test
  void invertedAttributionAfterAQuotationTakesAnyPhrase() {
    Statement s = only("\"Better watch out for illegal conduct by Grimes,\" tweeted another.");
    assertThat(s.sourceSpan().text()).isEqualTo("another");
    Statement n = only("\"That is not a responsible thing to say,\" said Khin Zaw Win, an activist.");
    assertThat(n.speaker()).isEqualTo("Khin Zaw Win");
  }

  @Test
  void aQuotationEndingInAQuestionKeepsItsAttribution() {
    Statement s = only("\"This is the place of smart power. Really?\" Bush said.");
    assertThat(s.speaker()).isEqualTo("Bush");
    assertThat(s.content()).isEqualTo("\"This is the place of smart power. Really?\"");
    assertThat(s.mode()).isEqualTo(Statement.Mode.DIRECT);
  }

  @Test
  void aNameBeforeOfAPlaceIsTheSpeaker() {
    Statement s = only("\"There is no place for racism,\" former Gov. Jeb Bush of Florida said on Twitter.");
    assertThat(s.speaker()).isEqualTo("Jeb Bush");
  }

  @Test
  void noBreakSpacesSeparateWords() {
    Statement s = only("Virtually all analysts\u00a0say that his campaign is over.");
    assertThat(s.sourceSpan().text()).endsWith("analysts");
    assertThat(s.content()).isEqualTo("his campaign is over");
  }
}
