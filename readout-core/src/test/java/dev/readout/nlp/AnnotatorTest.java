package dev.readout.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Actor;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Engagement;
import dev.readout.model.EngagementType;
import dev.readout.model.Event;
import dev.readout.model.Party;
import dev.readout.model.PloverType;
import dev.readout.model.Sector;
import dev.readout.model.Status;
import dev.readout.model.Mention;
import dev.readout.model.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatorTest {

  private static final Annotator ANNOTATOR = new Annotator();

  private static Actor actor(AnnotatedArticle a, String id) {
    return a.actors().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void titledPersonGetsTitlesCountryAndLaterMentions() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.body(
        "Chinese State Councilor and Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov.",
        "Wang said the talks went well. The Russian minister said he agreed."));
    Actor wang = actor(a, "person:wang-yi");
    assertThat(wang.titles()).containsExactly("State Councilor", "Foreign Minister");
    assertThat(wang.country()).contains("CN");
    assertThat(wang.mentions()).extracting(Mention::text).contains("Wang");
    Actor lavrov = actor(a, "person:sergei-lavrov");
    assertThat(lavrov.country()).contains("RU");
    assertThat(lavrov.mentions()).extracting(Mention::text).contains("The Russian minister");
  }

  @Test
  void reportedSpeechPatternsFindSpeakerAndContent() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.body(
        "Chinese President Xi Jinping said Monday that China is ready to work with Russia.",
        "The two sides, Xi noted, have supported each other.",
        "True gold can stand the test of fire, he added.",
        "Relations are strong, according to Xi."));
    assertThat(a.statements()).extracting(Statement::speaker).containsOnly("Xi Jinping");
    assertThat(a.statements()).extracting(Statement::cue).containsExactly("said", "noted", "added", "according to");
    assertThat(a.statements().get(0).content()).isEqualTo("China is ready to work with Russia");
    assertThat(a.statements().get(0).date()).contains("2021-02-01");
    assertThat(a.statements().get(2).content()).isEqualTo("True gold can stand the test of fire");
    assertThat(a.statements().get(2).sourceSpan().text()).isEqualTo("he");
    assertThat(a.statements().get(3).content()).isEqualTo("Relations are strong");
  }

  @Test
  void oneSentenceCanCarryTwoSpeakersAndADirectQuote() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.body(
        "Russian Foreign Minister Sergei Lavrov spoke first. Chinese Foreign Minister Wang Yi answered.",
        "Wang recalled Lavrov's annual press conference in which the Russian minister said \"we can talk endlessly,\" saying that China agrees."));
    List<Statement> s = a.statements().stream().filter(x -> x.sentence().startsWith("Wang recalled")).toList();
    assertThat(s).extracting(Statement::speaker).contains("Wang Yi", "Sergei Lavrov");
    Statement direct = s.stream().filter(x -> x.speaker().equals("Sergei Lavrov")).findFirst().orElseThrow();
    assertThat(direct.mode()).isEqualTo(Statement.Mode.DIRECT);
    assertThat(direct.content()).isEqualTo("\"we can talk endlessly,\"");
    assertThat(a.engagements()).extracting(Engagement::type).containsExactly(EngagementType.PRESS_CONFERENCE);
  }

  @Test
  void coordinatedCountriesAreNoSingleSpeaker() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.body("China and Russia said Thursday that the principle should be upheld."));
    assertThat(a.statements()).isEmpty();
  }

  @Test
  void phoneCallWithAppositionAndNarrativeDate() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.of("2020-12-29T00:29:06", null, null, List.of(),
        "Chinese President Xi Jinping said Monday that China is ready to work with Russia.",
        "Xi made the remarks in a telephone conversation with his Russian counterpart, Vladimir Putin."));
    assertThat(a.engagements()).hasSize(1);
    Engagement e = a.engagements().get(0);
    assertThat(e.type()).isEqualTo(EngagementType.PHONE_CALL);
    assertThat(e.cameo()).isEqualTo("041");
    assertThat(e.participants()).containsExactly("Xi Jinping", "Vladimir Putin");
    assertThat(e.date().map(Object::toString)).contains("2020-12-28");
    assertThat(actor(a, "person:vladimir-putin").country()).contains("RU");
  }

  @Test
  void captionMeetingHasItsOwnDateAndPlaceAndNoBodySpan() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.of("2021-02-05T10:09", "Beijing", null,
        List.of("State Councilor and Foreign Minister Wang Yi (left) and Russian Foreign Minister Sergei Lavrov "
            + "meet the press after their talks in Moscow, Russia, on Sept 11, 2020."),
        "Wang Yi and Sergei Lavrov spoke by phone on Thursday."));
    assertThat(a.engagements()).extracting(Engagement::type).containsExactly(EngagementType.PHONE_CALL, EngagementType.TALKS);
    Engagement m = a.engagements().get(1);
    assertThat(m.fromCaption()).isTrue();
    assertThat(m.evidenceSpan()).isEqualTo(new Mention(0, 0, ""));
    assertThat(m.date().map(Object::toString)).contains("2020-09-11");
    assertThat(m.place()).contains("Moscow");
    assertThat(m.participants()).containsExactlyInAnyOrder("Wang Yi", "Sergei Lavrov");
  }

  @Test
  void visitWithRangeAndMultilateralMeeting() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.of("2020-09-17", "Beijing", "2020-09-17", List.of(),
        "Chinese Foreign Minister Wang Yi said Wednesday that ties are strong. Wang attended a meeting of foreign "
            + "ministers of the Shanghai Cooperation Organization (SCO) member countries in Moscow and visited "
            + "Russia, Kazakhstan, Kyrgyzstan and Mongolia from Sept. 10 to 16."));
    Engagement multi = a.engagements().get(0);
    assertThat(multi.type()).isEqualTo(EngagementType.MULTILATERAL_MEETING);
    assertThat(multi.participants()).contains("Wang Yi", "Shanghai Cooperation Organization");
    assertThat(multi.place()).contains("Moscow");
    Engagement visit = a.engagements().get(1);
    assertThat(visit.type()).isEqualTo(EngagementType.VISIT);
    assertThat(visit.participants()).startsWith("Wang Yi").contains("Mongolia");
    assertThat(visit.date().map(Object::toString)).contains("2020-09-10/2020-09-16");
    assertThat(actor(a, "organization:shanghai-cooperation-organization").acronym()).contains("SCO");
  }

  @Test
  void plannedMeetingsAreScheduledOrProposedNotHappened() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.body(
        "Foreign Minister Saud al-Faisal will hold talks with Prime Minister Margaret Thatcher on Tuesday.",
        "Chancellor Helmut Kohl hopes to meet President Ronald Reagan in the spring."));
    assertThat(a.engagements()).extracting(Engagement::status).containsExactly(Status.SCHEDULED, Status.PROPOSED);
    assertThat(a.engagements().get(0).recipients()).isEmpty();
    assertThat(a.engagements().get(0).participants()).contains("Margaret Thatcher");
  }

  @Test
  void partiesCarryTheSectorTheirTitlesAndNamesTell() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.body(
        "Senator Mitch McConnell met Chinese Foreign Minister Wang Yi in Washington on Monday.",
        "Foreign Minister Wang Yi told CNN that the talks were useful."));
    Engagement meeting = a.engagements().get(0);
    assertThat(meeting.actors()).extracting(Party::sector).containsExactly(Sector.LEGISLATURE, Sector.GOVERNMENT);
    assertThat(meeting.actors().get(1).country()).contains("CN");
    Engagement interview = a.engagements().get(1);
    assertThat(interview.type()).isEqualTo(EngagementType.INTERVIEW);
    assertThat(interview.recipients()).extracting(Party::sector).containsExactly(Sector.MEDIA);
  }

  @Test
  void negatedMeetingsAndOtherSensesOfMetAreNoEngagements() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.body(
        "President Ronald Reagan did not meet Prime Minister Yasuhiro Nakasone.",
        "The company met the requirements of President Ronald Reagan's order."));
    assertThat(a.engagements()).isEmpty();
  }

  @Test
  void visitorActsOnHostAndCallerOnTheOneCalled() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.body(
        "Chinese President Xi Jinping received visiting Kenyan President Uhuru Kenyatta in Beijing.",
        "Xi made the remarks in a telephone conversation with his Russian counterpart, Vladimir Putin."));
    Engagement meeting = a.engagements().get(0);
    assertThat(meeting.actors()).extracting(Party::name).containsExactly("Uhuru Kenyatta");
    assertThat(meeting.recipients()).extracting(Party::name).containsExactly("Xi Jinping");
    assertThat(meeting.place()).contains("Beijing");
    Engagement call = a.engagements().get(1);
    assertThat(call.type()).isEqualTo(EngagementType.PHONE_CALL);
    assertThat(call.recipients()).extracting(Party::name).containsExactly("Vladimir Putin");
    assertThat(call.event()).contains(PloverType.CONSULT);
    assertThat(a.events()).extracting(Event::id).contains(call.id());
  }

  @Test
  void meetingAwayFromEveryParticipantsCountryIsAThirdLocation() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.body(
        "Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergei Lavrov in Geneva on Thursday."));
    assertThat(a.engagements()).singleElement().satisfies(e -> {
      assertThat(e.place()).contains("Geneva");
      assertThat(e.date().map(Object::toString)).contains("2021-02-04");
    });
  }

  @Test
  void everySpanIsTheBodyText() {
    AnnotatedArticle a = ANNOTATOR.annotate(Articles.body(
        "\"We can talk endlessly,\" Russian Foreign Minister Sergei Lavrov said.",
        "Lavrov met Chinese Foreign Minister Wang Yi in Moscow, he said, adding that talks were good."));
    String body = a.article().body();
    for (Actor x : a.actors()) {
      x.mentions().forEach(m -> assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text()));
    }
    for (Statement s : a.statements()) {
      for (Mention m : List.of(s.sourceSpan(), s.contentSpan(), s.sentenceSpan())) {
        assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
      }
      assertThat(s.content()).isEqualTo(s.contentSpan().text());
    }
    assertThat(a.statements()).isNotEmpty();
  }
}
