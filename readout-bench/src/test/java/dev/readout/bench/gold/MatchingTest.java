package dev.readout.bench.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MatchingTest {

  // Invented text; offsets below point into it.
  private static final String TEXT =
      "The Estonian minister Kaarel Tamm met Latvia's premier Ilze Berg in Riga. "
          + "\"We will not sign the accord this year,\" Tamm told reporters.";

  private static Layers.Party person(String name, String country, String... aliases) {
    return new Layers.Party(name, List.of(aliases), Optional.empty(), Optional.of(country), false);
  }

  private static Layers.Party readoutPerson(String name, String id, String country) {
    return new Layers.Party(name, List.of(), Optional.of(id), Optional.of(country), false);
  }

  @Test
  void aSurnameOrTheIdsNamePartIsTheSamePerson() {
    Layers.Party gold = person("Kaarel Tamm", "EE");
    assertThat(Names.same(gold, readoutPerson("Tamm", "person:tamm", "EE"))).isTrue();
    assertThat(Names.same(gold, readoutPerson("K. Tamm", "person:kaarel-tamm", "EE"))).isTrue();
    assertThat(Names.same(gold, readoutPerson("Ilze Berg", "person:ilze-berg", "LV"))).isFalse();
    assertThat(Names.same(gold, readoutPerson("Kaarel", "person:kaarel", "EE"))).isFalse();
  }

  @Test
  void aCountryStandsForItsGovernmentButNotForItsPeople() {
    Layers.Party government = new Layers.Party("Government of Latvia", List.of(), Optional.empty(), Optional.of("LV"), true);
    Layers.Party country = new Layers.Party("Latvia", List.of(), Optional.of("country:latvia"), Optional.of("LV"), true);
    assertThat(Names.same(government, country)).isTrue();
    assertThat(Names.same(person("Ilze Berg", "LV"), country)).isFalse();
    assertThat(Names.sameOrCountry(person("Ilze Berg", "LV"), country)).isTrue();
  }

  @Test
  void datesAgreeWhenTheirSpansOverlapOrBothAreUnknown() {
    assertThat(Matching.sameDate(Optional.of("1987-03-02"), Optional.of("1987-03-02"))).isTrue();
    assertThat(Matching.sameDate(Optional.of("1987-03-01/1987-03-31"), Optional.of("1987-03-02"))).isTrue();
    assertThat(Matching.sameDate(Optional.of("--03-02"), Optional.of("1987-03-02"))).isTrue();
    assertThat(Matching.sameDate(Optional.of("--03-03"), Optional.of("1987-03-02"))).isFalse();
    assertThat(Matching.sameDate(Optional.of("1987-03-02"), Optional.of("1987-03-03"))).isFalse();
    assertThat(Matching.sameDate(Optional.empty(), Optional.empty())).isTrue();
    assertThat(Matching.sameDate(Optional.empty(), Optional.of("1987-03-02"))).isFalse();
  }

  @Test
  void placesAgreeWhenOneHoldsTheOthersWords() {
    assertThat(Matching.samePlace(Optional.of("Mining Ministry, La Paz"), Optional.of("La Paz"))).isTrue();
    assertThat(Matching.samePlace(Optional.of("Paris"), Optional.of("Pari"))).isFalse();
    assertThat(Matching.samePlace(Optional.empty(), Optional.of("Riga"))).isFalse();
  }

  @Test
  void engagementsMatchByFamilyWithEveryGoldParticipant() {
    Layers.Party tamm = person("Kaarel Tamm", "EE");
    Layers.Party berg = person("Ilze Berg", "LV");
    Layers.Engagement gold = new Layers.Engagement("visit", List.of(tamm), List.of(berg), Optional.of("1987-03-02"),
        Optional.of("Riga"), new Span(34, 37));
    Layers.Engagement both = new Layers.Engagement("meeting",
        List.of(readoutPerson("Tamm", "person:tamm", "EE"), readoutPerson("Ilze Berg", "person:ilze-berg", "LV")),
        List.of(), Optional.of("1987-03-02"), Optional.of("Riga"), new Span(0, 73));
    Layers.Engagement one = new Layers.Engagement("meeting", List.of(readoutPerson("Tamm", "person:tamm", "EE")),
        List.of(), Optional.of("1987-03-02"), Optional.of("Riga"), new Span(0, 73));
    Layers.Engagement call = new Layers.Engagement("phone_call", both.actors(), List.of(), Optional.empty(),
        Optional.empty(), new Span(0, 73));
    assertThat(Matching.sameEngagement(gold, both)).isTrue();
    assertThat(Matching.sameEngagement(gold, one)).isFalse();
    assertThat(Matching.sameEngagement(gold, call)).isFalse();

    Map<Matching.Measure, Score> s = Matching.compare(new Layers("x", List.of(gold), List.of(), List.of()),
        new Layers("x", List.of(both, both), List.of(), List.of()), TEXT);
    assertThat(s.get(Matching.Measure.ENGAGEMENTS)).isEqualTo(new Score(1, 2, 1, 1));
    assertThat(s.get(Matching.Measure.ENGAGEMENTS_STRICT)).isEqualTo(new Score(0, 2, 0, 1));
    assertThat(s.get(Matching.Measure.ENGAGEMENT_DATES)).isEqualTo(new Score(1, 1, 1, 1));
  }

  @Test
  void aStatementIsFoundByOverlapAndWholeWhenSpeakerAndBoundsAgree() {
    int start = TEXT.indexOf("We will");
    int end = TEXT.indexOf(" this year") + " this year".length();
    Layers.Statement gold = new Layers.Statement(Optional.of(person("Kaarel Tamm", "EE")), new Span(start, end));
    Layers.Statement whole = new Layers.Statement(Optional.of(readoutPerson("Tamm", "person:tamm", "EE")),
        new Span(start - 1, end + 2));
    Layers.Statement half = new Layers.Statement(Optional.of(readoutPerson("Tamm", "person:tamm", "EE")),
        new Span(start, TEXT.indexOf(" sign")));
    Layers.Statement pronoun = new Layers.Statement(Optional.of(readoutPerson("he", "person:he", "EE")),
        new Span(start, end));

    assertThat(score(gold, whole).get(Matching.Measure.STATEMENTS_WHOLE)).isEqualTo(new Score(1, 1, 1, 1));
    Map<Matching.Measure, Score> cut = score(gold, half);
    assertThat(cut.get(Matching.Measure.STATEMENTS_FOUND)).isEqualTo(new Score(1, 1, 1, 1));
    assertThat(cut.get(Matching.Measure.STATEMENTS_WHOLE)).isEqualTo(new Score(0, 1, 0, 1));
    Map<Matching.Measure, Score> he = score(gold, pronoun);
    assertThat(he.get(Matching.Measure.STATEMENT_SPEAKERS)).isEqualTo(new Score(0, 1, 0, 1));
  }

  @Test
  void anAnonymousGoldSpeakerAcceptsOnlyNoSpeaker() {
    Span content = new Span(TEXT.indexOf("We will"), TEXT.indexOf(" this year"));
    Layers.Statement gold = new Layers.Statement(Optional.empty(), content);
    assertThat(score(gold, new Layers.Statement(Optional.empty(), content)).get(Matching.Measure.STATEMENT_SPEAKERS))
        .isEqualTo(new Score(1, 1, 1, 1));
    assertThat(score(gold, new Layers.Statement(Optional.of(person("officials", "EE")), content))
        .get(Matching.Measure.STATEMENT_SPEAKERS)).isEqualTo(new Score(0, 1, 0, 1));
  }

  @Test
  void anEventNeedsTheSameTypeAndSentenceAndForTheFullMeasureItsParties() {
    Layers.Party tamm = person("Kaarel Tamm", "EE");
    Span sentence = new Span(74, TEXT.length());
    Layers.Event gold = new Layers.Event("REJECT", false, List.of(tamm), List.of(), new Span(75, 91), sentence);
    Layers.Event right = new Layers.Event("REJECT", false, List.of(readoutPerson("Tamm", "person:tamm", "EE")),
        List.of(), new Span(75, 91), sentence);
    Layers.Event wrongActor = new Layers.Event("REJECT", false, List.of(person("Ilze Berg", "LV")), List.of(),
        new Span(75, 91), sentence);
    Layers.Event otherType = new Layers.Event("AGREE", false, right.actors(), List.of(), new Span(75, 91), sentence);
    Layers.Event negated = new Layers.Event("REJECT", true, right.actors(), List.of(), new Span(75, 91), sentence);
    assertThat(events(gold, right).get(Matching.Measure.OTHER_EVENTS_FULL)).isEqualTo(new Score(1, 1, 1, 1));
    assertThat(events(gold, wrongActor).get(Matching.Measure.EVENTS_TYPE)).isEqualTo(new Score(1, 1, 1, 1));
    assertThat(events(gold, wrongActor).get(Matching.Measure.EVENTS_FULL)).isEqualTo(new Score(0, 1, 0, 1));
    assertThat(events(gold, otherType).get(Matching.Measure.EVENTS_TYPE)).isEqualTo(new Score(0, 1, 0, 1));
    assertThat(events(gold, negated).get(Matching.Measure.EVENTS_TYPE)).isEqualTo(new Score(0, 1, 0, 1));
  }

  private static Map<Matching.Measure, Score> score(Layers.Statement gold, Layers.Statement pred) {
    return Matching.compare(new Layers("x", List.of(), List.of(gold), List.of()),
        new Layers("x", List.of(), List.of(pred), List.of()), TEXT);
  }

  private static Map<Matching.Measure, Score> events(Layers.Event gold, Layers.Event pred) {
    return Matching.compare(new Layers("x", List.of(), List.of(), List.of(gold)),
        new Layers("x", List.of(), List.of(), List.of(pred)), TEXT);
  }
}
