package dev.readout.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.json.ArticleJson;
import dev.readout.model.Engagement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

/**
 * Engagements in date order. Reports of one engagement (copies of a story, two mentions in an
 * article, independent articles that agree) merge into one entry by {@link EngagementMerge}'s
 * rule. Timelines, charts and networks all count these merged entries, so a story carried by ten
 * outlets counts once.
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

  /**
   * The merged entries. The status filter applies to merged entries, not to reports, so that an
   * engagement announced in one article and reported done in another is filed as happened only.
   */
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
    List<EngagementMerge.Report> reports = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc d : top.scoreDocs) {
      EngagementMerge.Report r = report(s.json(d.doc), (Long) ((FieldDoc) d).fields[1]);
      if (type == null || r.engagement().type().json().equals(type)) {
        reports.add(r);
      }
    }
    List<TimelineEntry> entries = new ArrayList<>();
    for (TimelineEntry e : EngagementMerge.merge(reports)) {
      if (q.keeps(e.status())) {
        entries.add(e);
      }
    }
    return new Merged(entries, top.totalHits.value > top.scoreDocs.length);
  }

  /** A report from an engagement document's stored JSON ({@code Documents.engagement}). */
  private static EngagementMerge.Report report(JsonNode o, long seq) {
    try {
      Engagement e = ArticleJson.mapper().treeToValue(o.path("record"), Engagement.class);
      String article = o.path("article").asText();
      TimelineEntry.Source source = new TimelineEntry.Source(article, Hits.text(o, "title"), Hits.text(o, "outlet"));
      return new EngagementMerge.Report(e, source, Hits.text(o, "story").orElse(article), seq);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
