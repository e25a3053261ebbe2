package dev.readout.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Actor;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a speaker is named: full names over surnames, titles and connectives off, surname particles
 * kept, and descriptions ({@code the company}, {@code the report}, {@code he}) resolved to whom the
 * story means.
 */
class SpeakerNamesTest {

  private static final Annotator ANNOTATOR = new Annotator();

  private static List<String> speakers(String... paragraphs) {
    return ANNOTATOR.annotate(Articles.body(paragraphs)).statements().stream().map(Statement::speaker).toList();
  }

  @Test
  void aLoneSurnameMisspeltByOneLetterIsTheKnownPerson() {
    assertThat(speakers("Board member Hans Baur told reporters the offer stands.",
        "Bauer said the deal would close in April."))
        .containsExactly("Hans Baur", "Hans Baur");
    assertThat(speakers("Brent Beesely, chief executive of the council, said capital was short.",
        "\"Losses will go on,\" Beesley said."))
        .containsExactly("Brent Beesely", "Brent Beesely");
  }

  @Test
  void surnamesThatDifferMoreOrStartOtherwiseStayApart() {
    assertThat(speakers("Board member Hans Baur told reporters the offer stands.",
        "Mauer said the deal would close in April.", "Bayern said the deal was dead.",
        "Baurs said the family would sell."))
        .containsExactly("Hans Baur", "Mauer", "Bayern", "Baurs");
  }

  @Test
  void oneEditIsAnInsertionDeletionReplacementOrSwap() {
    assertThat(Resolver.oneEdit("Beesely", "Beesley")).isTrue();
    assertThat(Resolver.oneEdit("Baur", "Bauer")).isTrue();
    assertThat(Resolver.oneEdit("Smith", "Smyth")).isTrue();
    assertThat(Resolver.oneEdit("Baker", "Baker")).isFalse();
    assertThat(Resolver.oneEdit("Jones", "James")).isFalse();
    assertThat(Resolver.oneEdit("Baur", "Bauers")).isFalse();
  }

  @Test
  void aTimeWordBetweenNameAndCueStillMakesTheNameAPerson() {
    assertThat(speakers("U.S. trade representative Clayton Yeutter today said the tax would hurt farmers.",
        "\"It is unacceptable,\" Yeutter said."))
        .containsExactly("Clayton Yeutter", "Clayton Yeutter");
  }

  @Test
  void surnameParticlesArePartOfTheName() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.body(
        "The debt will be repaid over three years, Finance Minister Barend du Plessis said.",
        "Du Plessis said the banks agreed to the terms.",
        "Central bank governor Piet van der Merwe said reserves were rising."));
    assertThat(a.statements()).extracting(Statement::speaker)
        .containsExactly("Barend du Plessis", "Barend du Plessis", "Piet van der Merwe");
  }

  @Test
  void governmentTitlesComeOffTheName() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.body(
        "Australian Treasurer Paul Keating said the deficit would fall."));
    assertThat(a.statements()).extracting(Statement::speaker).containsExactly("Paul Keating");
    Actor keating = a.actors().stream().filter(x -> x.name().equals("Paul Keating")).findFirst().orElseThrow();
    assertThat(keating.titles()).containsExactly("Treasurer");
    assertThat(speakers("Ombudsman Raul Gonzalez said the charges would be filed this week."))
        .containsExactly("Raul Gonzalez");
  }

  @Test
  void aSentenceConnectiveIsNoPartOfTheSpeaker() {
    assertThat(speakers("But dealers said the outlook for the dollar remained bearish."))
        .containsExactly("dealers");
    assertThat(speakers("Meanwhile abortion rights advocates said the bill would fail in the Senate."))
        .containsExactly("abortion rights advocates");
  }

  @Test
  void twoCoordinatedPluralSourcesAreOneSpeaker() {
    assertThat(speakers("But business leaders and economic analysts say there are signs of a downturn."))
        .containsExactly("business leaders and economic analysts");
    assertThat(speakers("The minister met with leaders and analysts say the plan is sound."))
        .allSatisfy(s -> assertThat(s).doesNotContain("leaders"));
  }

  @Test
  void theCompanyOrTheGroupIsTheOrganisationNamedLast() {
    assertThat(speakers(
        "BankAmerica Corp may stop accruing interest on its loans to Brazil, the bank holding company said in a filing."))
        .containsExactly("BankAmerica Corp");
    assertThat(speakers("The Semiconductor Industry Association met Treasury officials on Monday.",
        "The group said Japan had broken the agreement."))
        .containsExactly("Semiconductor Industry Association");
  }

  @Test
  void aBusinessNounPassesOverOrganisationsThatAreNoBusiness() {
    assertThat(speakers("BankAmerica Corp discussed its loans to Brazil with the Finance Ministry.",
        "The company said losses would grow."))
        .containsExactly("BankAmerica Corp");
    assertThat(speakers("Islamic State fighters were seen near the border.",
        "The social media company said it had suspended thousands of accounts."))
        .singleElement().isEqualTo("company");
  }

  @Test
  void aDescriptionWithNothingToPointToStaysTheSpeaker() {
    assertThat(speakers("The group said Japan had broken the agreement.")).containsExactly("The group");
    assertThat(speakers("Exxon Corp raised its prices on Monday.", "The ministry said prices were too high."))
        .containsExactly("The ministry");
  }

  @Test
  void aDocumentSpeaksForWhoeverIssuedIt() {
    assertThat(speakers("The energy department's report on security was released last week.",
        "The report said imports could reach half of demand by 1995."))
        .containsExactly("energy department");
    assertThat(speakers("A central bank statement defended the governor on Monday.",
        "The statement said the sale of the bank was lawful."))
        .containsExactly("central bank");
    assertThat(speakers("The statement said the sale of the bank was lawful.")).containsExactly("The statement");
  }

  @Test
  void heNeverMeansAPluralSource() {
    assertThat(speakers("Finance Minister Manuel Azpurua spoke to reporters on Monday.",
        "Banking sources said the committee was ready to lower payments.",
        "At the same time, he said the government was studying the plan."))
        .containsExactly("Banking sources", "Manuel Azpurua");
  }

  @Test
  void aSingularSourceWithAComplementIsWhomHeMeans() {
    assertThat(speakers("A senior official at one of four prospective banks said the ministry would approve.",
        "\"We expect approval by April,\" he said."))
        .containsExactly("A senior official at one of four prospective banks",
            "A senior official at one of four prospective banks");
  }
}
