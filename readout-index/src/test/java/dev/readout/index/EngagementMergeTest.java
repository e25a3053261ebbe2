package dev.readout.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Engagement;
import dev.readout.model.EngagementType;
import dev.readout.model.Mention;
import dev.readout.model.Party;
import dev.readout.model.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngagementMergeTest {

  static final Party WANG = Fixtures.party("Wang Yi", Fixtures.WANG, "CN");
  static final Party LAVROV = Fixtures.party("Sergei Lavrov", Fixtures.LAVROV, "RU");
  static final Party ZARIF = Fixtures.party("Mohammad Javad Zarif", "person:mohammad-javad-zarif", "IR");

  static Engagement met(List<Party> actors, List<Party> recipients, String date, String place, Status status) {
    return Fixtures.engagement("e1", EngagementType.MEETING, "040", actors, recipients, status, date, place, "evidence",
        new Mention(0, 0, ""));
  }

  static Engagement met(String date, Party... actors) {
    return met(List.of(actors), List.of(), date, null, Status.HAPPENED);
  }

  static EngagementMerge.Report report(Engagement e, String article, String story, long seq) {
    return new EngagementMerge.Report(e, new TimelineEntry.Source(article, Optional.of("title " + article), Optional.of("outlet " + article)),
        story, seq);
  }

  @Test
  void independentReportsThatAgreeOnTypeParticipantsAndDayAreOneEntryListingEverySource() {
    List<TimelineEntry> out = EngagementMerge.merge(List.of(
        report(met("2021-03-22", WANG, LAVROV), "a1", "s1", 0),
        report(met(List.of(LAVROV), List.of(WANG), "2021-03-22", null, Status.HAPPENED), "a2", "s2", 1),
        report(met("2021-03-22", LAVROV, WANG), "a3", "s3", 2)));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).articles()).containsExactly("a1", "a2", "a3");
    assertThat(out.get(0).sources()).extracting(s -> s.outlet().orElseThrow()).containsExactly("outlet a1", "outlet a2", "outlet a3");
  }

  @Test
  void anotherDayTypeOrSetOfParticipantsIsAnotherEngagement() {
    Engagement call = Fixtures.engagement("e1", EngagementType.PHONE_CALL, "040", List.of(WANG, LAVROV), List.of(), Status.HAPPENED,
        "2021-03-22", null, "evidence", new Mention(0, 0, ""));
    List<TimelineEntry> out = EngagementMerge.merge(List.of(
        report(met("2021-03-22", WANG, LAVROV), "a1", "s1", 0),
        report(met("2021-03-23", WANG, LAVROV), "a2", "s2", 1),
        report(call, "a3", "s3", 2),
        report(met("2021-03-22", WANG, LAVROV, ZARIF), "a4", "s4", 3),
        report(met("2021-03-22/2021-03-23", WANG, LAVROV), "a5", "s5", 4),
        report(met("2021-03-22/2021-03-23", LAVROV, WANG), "a6", "s6", 5)));
    assertThat(out).extracting(TimelineEntry::articles)
        .containsExactly(List.of("a1"), List.of("a2"), List.of("a3"), List.of("a4"), List.of("a5", "a6"));
  }

  @Test
  void twoMentionsInOneArticleAreOneEntryNamingTheArticleOnce() {
    List<TimelineEntry> out = EngagementMerge.merge(List.of(
        report(met("2021-03-22", WANG, LAVROV), "a1", "s1", 0),
        report(met(null, WANG, LAVROV), "a1", "s1", 0)));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).articles()).containsExactly("a1");
  }

  @Test
  void anUndatedReportJoinsTheDatedEntryOfItsOwnStoryOnly() {
    List<TimelineEntry> out = EngagementMerge.merge(List.of(
        report(met("2021-03-22", WANG, LAVROV), "a1", "s1", 0),
        report(met(null, WANG, LAVROV), "a2", "s1", 1),
        report(met(null, WANG, LAVROV), "a3", "s3", 2),
        report(met(null, LAVROV, WANG), "a4", "s3", 3)));
    assertThat(out).extracting(TimelineEntry::articles).containsExactly(List.of("a1", "a2"), List.of("a3", "a4"));
    assertThat(out.get(0).date()).map(Object::toString).contains("2021-03-22");
    assertThat(out.get(1).date()).isEmpty();
  }

  @Test
  void anUndatedReportStaysApartWhenItsStoryHasTwoDatedCandidates() {
    List<TimelineEntry> out = EngagementMerge.merge(List.of(
        report(met("2021-03-22", WANG, LAVROV), "a1", "s1", 0),
        report(met("2021-03-25", WANG, LAVROV), "a1", "s1", 0),
        report(met(null, WANG, LAVROV), "a2", "s1", 1)));
    assertThat(out).extracting(TimelineEntry::articles).containsExactly(List.of("a1"), List.of("a1"), List.of("a2"));
  }

  @Test
  void theEntryShowsTheFullestReportAndSourcesInOrderOfArrival() {
    List<TimelineEntry> out = EngagementMerge.merge(List.of(
        report(met(List.of(WANG, LAVROV), List.of(), null, null, Status.HAPPENED), "a3", "s1", 3),
        report(met(List.of(LAVROV), List.of(WANG), "2021-03-22", "Guilin", Status.HAPPENED), "a2", "s1", 2),
        report(met(List.of(WANG, LAVROV), List.of(), "2021-03-22", null, Status.HAPPENED), "a1", "s1", 1)));
    assertThat(out).hasSize(1);
    TimelineEntry e = out.get(0);
    assertThat(e.place()).contains("Guilin");
    assertThat(e.actors()).containsExactly(LAVROV);
    assertThat(e.recipients()).containsExactly(WANG);
    assertThat(e.participantIds()).containsExactly(Fixtures.LAVROV, Fixtures.WANG);
    assertThat(e.articles()).containsExactly("a1", "a2", "a3");
  }

  @Test
  void aReportThatItHappenedOutweighsAnAnnouncement() {
    List<TimelineEntry> out = EngagementMerge.merge(List.of(
        report(met(List.of(LAVROV), List.of(WANG), "2021-03-22", null, Status.SCHEDULED), "a1", "s1", 0),
        report(met(List.of(LAVROV), List.of(WANG), "2021-03-22", null, Status.HAPPENED), "a2", "s2", 1),
        report(met(List.of(LAVROV), List.of(WANG), "2021-03-22", null, Status.PROPOSED), "a3", "s3", 2)));
    assertThat(out).singleElement().extracting(TimelineEntry::status).isEqualTo(Status.HAPPENED);
    List<TimelineEntry> planned = EngagementMerge.merge(List.of(
        report(met(List.of(LAVROV), List.of(WANG), "2021-03-22", null, Status.PROPOSED), "a1", "s1", 0),
        report(met(List.of(LAVROV), List.of(WANG), "2021-03-22", null, Status.SCHEDULED), "a2", "s2", 1)));
    assertThat(planned).singleElement().extracting(TimelineEntry::status).isEqualTo(Status.SCHEDULED);
  }
}
