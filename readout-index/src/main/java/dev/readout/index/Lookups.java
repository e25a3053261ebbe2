package dev.readout.index;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.dedup.Story;
import dev.readout.dedup.StoryMember;
import dev.readout.json.ArticleJson;
import dev.readout.model.AnnotatedArticle;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.NumericUtils;

/** Look-ups by id, actor listings and corpus counts. */
final class Lookups {

  private Lookups() {}

  static Optional<AnnotatedArticle> article(Snapshot s, String id) throws IOException {
    TopDocs top = s.search(Store.articleQuery(id), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(ArticleJson.read(s.jsonText(top.scoreDocs[0].doc)));
  }

  static Optional<StoryView> story(Snapshot s, String id) throws IOException {
    TopDocs top = s.search(new TermQuery(new Term(Fields.STORY_DOC, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Story story = ArticleJson.mapper().treeToValue(s.json(top.scoreDocs[0].doc), Story.class);
    List<StoryView.Copy> copies = new ArrayList<>();
    int best = 0;
    int bestLabels = -1;
    for (StoryMember m : story.members()) {
      Optional<AnnotatedArticle> a = article(s, m.articleId());
      StoryView.Copy copy =
          new StoryView.Copy(
              m.articleId(),
              m.source(),
              m.outlet(),
              a.flatMap(x -> x.article().title()),
              a.flatMap(x -> x.article().published()).map(Object::toString),
              m.similarity(),
              m.cut(),
              m.added());
      int labels = labels(copy, a);
      if (m.cut().isEmpty() && m.added().isEmpty() && labels > bestLabels) {
        best = copies.size();
        bestLabels = labels;
      }
      copies.add(copy);
    }
    // Copies with the same paragraphs as the canonical one are equally complete: the one a reader
    // can place (headline, outlet, dateline) is shown as the most complete, and first.
    copies.add(0, copies.remove(best));
    return Optional.of(new StoryView(story.id(), copies.get(0).article(), story.outlets(), story.agencies(), copies));
  }

  /** How many of headline, outlet and dateline a copy states. */
  private static int labels(StoryView.Copy c, Optional<AnnotatedArticle> a) {
    boolean dateline = a.map(x -> !x.article().dateline().isEmpty()).orElse(false);
    return (c.title().isPresent() ? 1 : 0) + (c.outlet().isPresent() ? 1 : 0) + (dateline ? 1 : 0);
  }

  /** Actors by the number of articles naming them, most first. */
  static List<ActorSummary> actors(Snapshot s, int offset, int limit) throws IOException {
    FacetResult top = facet(s, Store.kind(Fields.KIND_ACTOR), Fields.DIM_ACTOR, offset + limit);
    List<ActorSummary> out = new ArrayList<>();
    if (top == null) {
      return out;
    }
    for (int i = offset; i < top.labelValues.length; i++) {
      LabelAndValue lv = top.labelValues[i];
      actor(s, lv.label).ifPresent(out::add);
    }
    return out;
  }

  static long actorCount(Snapshot s) throws IOException {
    FacetResult top = facet(s, Store.kind(Fields.KIND_ACTOR), Fields.DIM_ACTOR, 1);
    return top == null ? 0 : top.childCount;
  }

  /** An actor by id, else by canonical name (any case). */
  static Optional<ActorSummary> actor(Snapshot s, String idOrName) throws IOException {
    Optional<ActorSummary> byId = actorById(s, idOrName);
    if (byId.isPresent()) {
      return byId;
    }
    Optional<String> id = idOfName(s, idOrName);
    return id.isPresent() ? actorById(s, id.get()) : Optional.empty();
  }

  /**
   * The id of the actor with this canonical name. Actor documents are keyed by id only, but an
   * article that names the actor is keyed by both, and its record lists the actor.
   */
  private static Optional<String> idOfName(Snapshot s, String name) throws IOException {
    String key = Fields.key(name);
    TopDocs top = s.search(and(Store.kind(Fields.KIND_ARTICLE), new TermQuery(new Term(Fields.ACTOR, key))), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    for (JsonNode a : s.json(top.scoreDocs[0].doc).path("actors")) {
      if (Fields.key(a.path("name").asText()).equals(key)) {
        return Optional.of(a.path("id").asText());
      }
    }
    return Optional.empty();
  }

  private static Optional<ActorSummary> actorById(Snapshot s, String id) throws IOException {
    Query named = and(Store.kind(Fields.KIND_ACTOR), new TermQuery(new Term(Fields.ACTOR, Fields.key(id))));
    TopDocs top = s.search(named, 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    JsonNode a = s.json(top.scoreDocs[0].doc);
    long statements =
        s.count(and(Store.kind(Fields.KIND_STATEMENT), new TermQuery(new Term(Fields.SPEAKER, Fields.key(id)))));
    return Optional.of(
        new ActorSummary(
            a.path("id").asText(),
            a.path("name").asText(),
            a.path("kind").asText(),
            strings(a.path("titles")),
            Hits.text(a, "country"),
            top.totalHits.value,
            statements));
  }

  private static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(x.asText()));
    return out;
  }

  /** Category of a statement without a topic in {@link #statementsByMonth}. */
  static final String NO_TOPIC = "no topic";

  /** A speaker's statements by month and topic, at most {@link Timelines#MAX_REPORTS} of them. */
  static TimeSeries statementsByMonth(Snapshot s, String speaker, Optional<LocalDate> from, Optional<LocalDate> to)
      throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(Store.kind(Fields.KIND_STATEMENT), BooleanClause.Occur.FILTER);
    Searches.filter(b, Fields.SPEAKER, Optional.of(speaker));
    Searches.days(b, from, to);
    TopDocs top = s.search(b.build(), Timelines.MAX_REPORTS);
    List<Aggregates.Dated> items = new ArrayList<>();
    for (var d : top.scoreDocs) {
      StatementHit h = Hits.statement(s.json(d.doc));
      items.add(new Aggregates.Dated(h.date().flatMap(Fields::day), h.topics().isEmpty() ? List.of(NO_TOPIC) : h.topics()));
    }
    return Aggregates.byMonth(items, top.totalHits.value > top.scoreDocs.length);
  }

  static CorpusStats stats(Snapshot s) throws IOException {
    FacetResult outlets = facet(s, Store.kind(Fields.KIND_ARTICLE), Fields.DIM_OUTLET, 1);
    long[] range = dayRange(s);
    return new CorpusStats(
        s.count(Store.kind(Fields.KIND_ARTICLE)),
        s.count(Store.kind(Fields.KIND_STORY)),
        s.count(Store.kind(Fields.KIND_STATEMENT)),
        s.count(Store.kind(Fields.KIND_ENGAGEMENT)),
        actorCount(s),
        outlets == null ? 0 : outlets.childCount,
        range == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(range[0])),
        range == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(range[1])));
  }

  private static long[] dayRange(Snapshot s) throws IOException {
    long[] r = null;
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      PointValues p = leaf.reader().getPointValues(Fields.DAY);
      if (p == null) {
        continue;
      }
      long lo = NumericUtils.sortableBytesToLong(p.getMinPackedValue(), 0);
      long hi = NumericUtils.sortableBytesToLong(p.getMaxPackedValue(), 0);
      r = r == null ? new long[] {lo, hi} : new long[] {Math.min(r[0], lo), Math.max(r[1], hi)};
    }
    return r;
  }

  private static FacetResult facet(Snapshot s, Query q, String dim, int n) throws IOException {
    var state = s.facets();
    if (state.isEmpty()) {
      return null;
    }
    FacetsCollector fc = s.search(q, new FacetsCollectorManager());
    Facets counts = new SortedSetDocValuesFacetCounts(state.get(), fc);
    return Searches.top(counts, dim, Math.max(1, n));
  }

  static Query and(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, BooleanClause.Occur.FILTER).add(b, BooleanClause.Occur.FILTER).build();
  }
}
