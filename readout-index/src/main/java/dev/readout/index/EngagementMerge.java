package dev.readout.index;

import dev.readout.model.Engagement;
import dev.readout.model.Party;
import dev.readout.model.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The rule that makes reports of one engagement one timeline entry. Pure and stateless; no Lucene.
 *
 * <p>Two reports are the same engagement when they agree on the type, the <em>set</em> of
 * participant ids (order and the actor/recipient split do not matter) and the date (the same day,
 * or the same span), whether they come from copies of one story, two mentions in one article or
 * independent articles. An undated report cannot agree on a day with anything, so it joins an
 * entry only within its own story (copies, and mentions in one article, share the story): the one
 * dated entry of that story with the same type and participants, else the other undated reports
 * of that story alike. An undated report from an independent article stays an entry of its own.
 *
 * <p>The merged entry shows the fullest report: the most parties, then a date over none, then a
 * place over none, then the earliest to arrive. Its status is the most definite any report gives
 * ({@code happened} over {@code ongoing} over {@code scheduled} over {@code proposed}): an
 * announcement and a later account of the same meeting are one entry, and it happened.
 */
final class EngagementMerge {

  /** Statuses from the most definite to the least; not the enum's order, which is the model's business. */
  private static final List<Status> DEFINITE = List.of(Status.HAPPENED, Status.ONGOING, Status.SCHEDULED, Status.PROPOSED);

  private EngagementMerge() {}

  /**
   * One report of an engagement: the record and where it was read.
   *
   * @param engagement the record as the article gives it
   * @param source the reporting article
   * @param story the story of that article (its id when it has none)
   * @param seq the article's order of arrival
   */
  record Report(Engagement engagement, TimelineEntry.Source source, String story, long seq) {

    Report {
      Objects.requireNonNull(engagement, "engagement");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(story, "story");
    }
  }

  /** Merged entries, in the order their first report comes in {@code reports} (dated before undated). */
  static List<TimelineEntry> merge(List<Report> reports) {
    Map<String, Group> groups = new LinkedHashMap<>();
    Map<String, List<Group>> datedInStory = new HashMap<>();
    List<Report> undated = new ArrayList<>();
    for (Report r : reports) {
      Optional<String> date = r.engagement().date().map(Object::toString);
      if (date.isEmpty()) {
        undated.add(r);
        continue;
      }
      Group g = groups.computeIfAbsent(who(r.engagement()) + "|" + date.get(), k -> new Group());
      g.add(r);
      List<Group> same = datedInStory.computeIfAbsent(who(r.engagement()) + "|" + r.story(), k -> new ArrayList<>());
      if (!same.contains(g)) {
        same.add(g);
      }
    }
    for (Report r : undated) {
      String story = who(r.engagement()) + "|" + r.story();
      List<Group> same = datedInStory.getOrDefault(story, List.of());
      Group g = same.size() == 1 ? same.get(0) : groups.computeIfAbsent(story + "|undated", k -> new Group());
      g.add(r);
    }
    List<TimelineEntry> out = new ArrayList<>(groups.size());
    groups.values().forEach(g -> out.add(g.entry()));
    return out;
  }

  /** The type and the set of participants (ids, lower-cased; the name when a party has no id). */
  private static String who(Engagement e) {
    TreeSet<String> ids = new TreeSet<>();
    for (List<Party> side : List.of(e.actors(), e.recipients())) {
      for (Party p : side) {
        ids.add(Fields.key(p.id().isBlank() ? p.name() : p.id()));
      }
    }
    return e.type().json() + "|" + ids;
  }

  /** Reports judged one engagement. */
  private static final class Group {
    private static final Comparator<Report> FULLER =
        Comparator.comparingInt((Report r) -> r.engagement().actors().size() + r.engagement().recipients().size())
            .thenComparing(r -> r.engagement().date().isPresent())
            .thenComparing(r -> r.engagement().place().isPresent());

    private final List<Report> reports = new ArrayList<>();

    void add(Report r) {
      reports.add(r);
    }

    TimelineEntry entry() {
      Report best = reports.get(0);
      Status status = best.engagement().status();
      for (Report r : reports) {
        if (FULLER.compare(r, best) > 0 || FULLER.compare(r, best) == 0 && r.seq() < best.seq()) {
          best = r;
        }
        status = DEFINITE.indexOf(r.engagement().status()) < DEFINITE.indexOf(status) ? r.engagement().status() : status;
      }
      Map<String, TimelineEntry.Source> sources = new LinkedHashMap<>();
      reports.stream().sorted(Comparator.comparingLong(Report::seq))
          .forEach(r -> sources.putIfAbsent(r.source().article(), r.source()));
      Engagement e = best.engagement();
      return new TimelineEntry(e.type(), e.cameo(), e.event(), status, e.actors(), e.recipients(), e.date(),
          e.dateSource(), e.place(), e.placeSource(), e.evidence(), List.copyOf(sources.keySet()),
          List.copyOf(sources.values()));
    }
  }
}
