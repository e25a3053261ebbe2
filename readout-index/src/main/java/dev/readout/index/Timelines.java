package dev.readout.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

/**
 * Engagements in date order. Copies of one story report the same engagement, so reports with the
 * same type, day and participants merge into one entry. Timelines, charts and networks all count
 * these merged entries, so a story carried by ten outlets counts once.
 */
final class Timelines {

  /** Reports read per request at most; a timeline wider than this is cut (narrow it by actor or dates). */
  static final int MAX_REPORTS = 10_000;

  private Timelines() {}

  /** Every merged entry the query selects (paging ignored), and whether the reports were cut. */
  record Merged(List<TimelineEntry> entries, boolean truncated) {}

  static Timeline timeline(Snapshot s, EngagementQuery q) throws IOException {
    List<TimelineEntry> all = merged(s, q).entries();
    int from = Math.min(q.offset(), all.size());
    return new Timeline(all.size(), all.subList(from, Math.min(all.size(), from + q.limit())));
  }

  static Merged merged(Snapshot s, EngagementQuery q) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(Store.kind(Fields.KIND_ENGAGEMENT), BooleanClause.Occur.FILTER);
    Searches.filter(b, Fields.ACTOR, q.actor());
    Searches.filter(b, Fields.ACTOR, q.with());
    Searches.days(b, q.from(), q.to());
    SortField day = new SortField(Fields.DAY, SortField.Type.LONG);
    day.setMissingValue(Long.MAX_VALUE);
    TopDocs top = s.search(b.build(), MAX_REPORTS, new Sort(day, new SortField(Fields.SEQ, SortField.Type.LONG)));
    String type = q.type().map(Fields::key).orElse(null);
    Map<String, Builder> merged = new LinkedHashMap<>();
    for (ScoreDoc d : top.scoreDocs) {
      JsonNode o = s.json(d.doc);
      JsonNode e = o.path("record");
      if (type == null || Fields.key(e.path("type").asText()).equals(type)) {
        merged.computeIfAbsent(key(e), k -> new Builder(e)).add(o);
      }
    }
    List<TimelineEntry> entries = new ArrayList<>(merged.size());
    merged.values().forEach(x -> entries.add(x.build()));
    return new Merged(entries, top.totalHits.value > top.scoreDocs.length);
  }

  private static String key(JsonNode e) {
    TreeSet<String> who = new TreeSet<>();
    JsonNode ids = e.path("participant_ids").size() > 0 ? e.path("participant_ids") : e.path("participants");
    ids.forEach(p -> who.add(p.asText().toLowerCase(Locale.ROOT)));
    return e.path("type").asText() + "|" + e.path("date").asText("") + "|" + who;
  }

  /** The first report of an engagement and the articles that repeat it. */
  private static final class Builder {
    final JsonNode first;
    final Map<String, TimelineEntry.Source> sources = new LinkedHashMap<>();

    Builder(JsonNode first) {
      this.first = first;
    }

    void add(JsonNode report) {
      String article = report.path("article").asText();
      sources.putIfAbsent(article, new TimelineEntry.Source(article, Hits.text(report, "title"), Hits.text(report, "outlet")));
    }

    TimelineEntry build() {
      return new TimelineEntry(
          first.path("type").asText(),
          first.path("cameo").asText(),
          strings(first.path("participants")),
          strings(first.path("participant_ids")),
          Hits.text(first, "date"),
          Hits.text(first, "place"),
          first.path("evidence").asText(),
          List.copyOf(sources.keySet()),
          List.copyOf(sources.values()));
    }
  }

  static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(x.asText()));
    return out;
  }
}
