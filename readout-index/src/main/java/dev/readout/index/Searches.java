package dev.readout.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/** Runs a {@link SearchRequest}: one pass collects the top hits and the facet counts. */
final class Searches {

  static final int FACET_VALUES = 15;
  private static final List<String> DIMS =
      List.of(Fields.DIM_SPEAKER, Fields.DIM_COUNTRY, Fields.DIM_TOPIC, Fields.DIM_OUTLET);
  private static final Analyzer ANALYZER = new TextAnalyzer();

  private Searches() {}

  static SearchResult search(Snapshot s, SearchRequest r) throws IOException {
    Query q = query(r);
    int n = r.offset() + r.limit();
    Sort sort = sort(r.order());
    FacetsCollectorManager.FacetsResult res =
        sort == null
            ? FacetsCollectorManager.search(s, q, n, new FacetsCollectorManager())
            : FacetsCollectorManager.search(s, q, n, sort, new FacetsCollectorManager());
    FacetsCollector fc = res.facetsCollector();
    long total = fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    List<Hit> hits = new ArrayList<>();
    ScoreDoc[] docs = res.topDocs().scoreDocs;
    for (int i = r.offset(); i < docs.length; i++) {
      JsonNode json = s.json(docs[i].doc);
      hits.add(r.type() == SearchRequest.Type.ARTICLE ? Hits.article(json, r.query()) : Hits.statement(json));
    }
    return new SearchResult(total, hits, facets(s, fc));
  }

  static Query query(SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    String kind = r.type() == SearchRequest.Type.ARTICLE ? Fields.KIND_ARTICLE : Fields.KIND_STATEMENT;
    b.add(Store.kind(kind), BooleanClause.Occur.FILTER);
    if (!r.query().isBlank()) {
      b.add(text(r.query()), BooleanClause.Occur.MUST);
    }
    filter(b, Fields.SPEAKER, r.speaker());
    filter(b, Fields.ACTOR, r.actor());
    filter(b, Fields.COUNTRY, r.country());
    filter(b, Fields.TOPIC, r.topic());
    filter(b, Fields.OUTLET, r.outlet());
    days(b, r.from(), r.to());
    return b.build();
  }

  /** Parses user text leniently: Lucene's simple syntax never throws on malformed input. */
  static Query text(String query) {
    SimpleQueryParser p = new SimpleQueryParser(ANALYZER, Map.of(Fields.TEXT, 1f, Fields.TITLE, 2f));
    p.setDefaultOperator(BooleanClause.Occur.MUST);
    Query q = p.parse(query);
    return q == null ? new MatchNoDocsQuery("no searchable words") : q;
  }

  static void filter(BooleanQuery.Builder b, String field, Optional<String> value) {
    value.filter(v -> !v.isBlank())
        .ifPresent(v -> b.add(new TermQuery(new Term(field, Fields.key(v))), BooleanClause.Occur.FILTER));
  }

  static void days(BooleanQuery.Builder b, Optional<LocalDate> from, Optional<LocalDate> to) {
    if (from.isPresent() || to.isPresent()) {
      long lo = from.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
      long hi = to.map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      b.add(LongPoint.newRangeQuery(Fields.DAY, lo, hi), BooleanClause.Occur.FILTER);
    }
  }

  private static Sort sort(SearchRequest.Order order) {
    return switch (order) {
      case RELEVANCE -> null;
      case NEWEST -> byDay(true);
      case OLDEST -> byDay(false);
    };
  }

  /** By day, undated last either way, ties in index order. */
  static Sort byDay(boolean newestFirst) {
    SortField day = new SortField(Fields.DAY, SortField.Type.LONG, newestFirst);
    day.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(day, SortField.FIELD_DOC);
  }

  private static Map<String, List<FacetValue>> facets(Snapshot s, FacetsCollector fc) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    var state = s.facets();
    if (state.isEmpty()) {
      return out;
    }
    Facets counts = new SortedSetDocValuesFacetCounts(state.get(), fc);
    for (String dim : DIMS) {
      FacetResult top = top(counts, dim, FACET_VALUES);
      if (top != null && top.labelValues.length > 0) {
        List<FacetValue> values = new ArrayList<>();
        for (LabelAndValue lv : top.labelValues) {
          values.add(new FacetValue(lv.label, lv.value.longValue()));
        }
        out.put(dim.toLowerCase(Locale.ROOT), values);
      }
    }
    return out;
  }

  /** Top values of a dimension; null when the index has no value for it yet. */
  static FacetResult top(Facets counts, String dim, int n) throws IOException {
    try {
      return counts.getTopChildren(n, dim);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
