package dev.readout.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Runs a {@link SearchRequest} in two passes over the index. The first finds the page of hits:
 * asked only for the top {@code offset + limit}, Lucene skips blocks of postings that cannot
 * enter them (block-max WAND, or the points of the day field when sorting by day), so a query
 * that matches most of the index costs little more than a rare one. The second walks every
 * match without scoring to count them exactly and to count facets; beyond {@value #FACET_SAMPLE}
 * matches, facets are counted on an even random sample and scaled up, so their counts are
 * estimates ({@link SearchResult#facetsSampled()}).
 *
 * <p>Hints, Tips and Traps: a larger sample makes rare facet values steadier and costs about a
 * microsecond a sampled document; the sample's seed is fixed, so the same query on the same
 * snapshot gives the same counts.
 */
final class Searches {

  static final int FACET_VALUES = 15;

  /** Weight of an article's title words matching the query, over the body's. */
  static final float TITLE_BOOST = 2f;

  /** Matches beyond which facets are counted on a sample of this size. */
  static final int FACET_SAMPLE = 10_000;

  private static final long SAMPLE_SEED = 0x5EED_F00DL;
  private static final List<String> DIMS =
      List.of(Fields.DIM_SPEAKER, Fields.DIM_COUNTRY, Fields.DIM_TOPIC, Fields.DIM_OUTLET);
  private static final Analyzer ANALYZER = new TextAnalyzer();

  private Searches() {}

  static SearchResult search(Snapshot s, SearchRequest r) throws IOException {
    return search(s, r, FACET_SAMPLE);
  }

  /** As {@link #search(Snapshot, SearchRequest)}, sampling facets beyond {@code sample} matches. */
  static SearchResult search(Snapshot s, SearchRequest r, int sample) throws IOException {
    Query q = query(r, true);
    int n = r.offset() + r.limit();
    Sort sort = sort(r.order());
    TopDocs top =
        sort == null
            ? s.search(q, new TopScoreDocCollectorManager(n, n))
            : s.search(q, new TopFieldCollectorManager(sort, n, n));
    RandomSamplingFacetsCollector fc =
        s.search(query(r, false), RandomSamplingFacetsCollector.createManager(sample, SAMPLE_SEED));
    long total = fc.getOriginalMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    List<Hit> hits = new ArrayList<>();
    ScoreDoc[] docs = top.scoreDocs;
    for (int i = r.offset(); i < docs.length; i++) {
      JsonNode json = s.json(docs[i].doc);
      hits.add(r.type() == SearchRequest.Type.ARTICLE ? Hits.article(json, r.query()) : Hits.statement(json));
    }
    boolean sampled = total > sample;
    return new SearchResult(total, hits, facets(s, fc, total, sampled), sampled);
  }

  /**
   * The request as a query. Scored, an article's title words add to its score (an optional
   * clause); unscored, every clause is a filter, so counting walks plain conjunctions of postings.
   * Both match the same documents: an article's title is part of its text field. With words that
   * must match, the kind filter is left out, since only articles have {@link Fields#TEXT} and only
   * statements {@link Fields#STATEMENT_TEXT}; without them ({@code *}, {@code -word}) it is kept.
   */
  static Query query(SearchRequest r, boolean scored) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean articles = r.type() == SearchRequest.Type.ARTICLE;
    String field = articles ? Fields.TEXT : Fields.STATEMENT_TEXT;
    Query words = r.query().isBlank() ? null : text(r.query(), field);
    if (words == null || !confined(words, field)) {
      // Exclusions only (-Russia) or * match documents of every kind: the kind must be stated.
      b.add(Store.kind(articles ? Fields.KIND_ARTICLE : Fields.KIND_STATEMENT), BooleanClause.Occur.FILTER);
    }
    if (words != null) {
      // Each text field belongs to one kind of document, so words that must match select the kind:
      // no third list of postings to intersect with.
      b.add(words, scored ? BooleanClause.Occur.MUST : BooleanClause.Occur.FILTER);
      if (scored && articles) {
        b.add(new BoostQuery(text(r.query(), Fields.TITLE), TITLE_BOOST), BooleanClause.Occur.SHOULD);
      }
    }
    filter(b, Fields.SPEAKER, r.speaker());
    filter(b, Fields.ACTOR, r.actor());
    filter(b, Fields.COUNTRY, r.country());
    filter(b, Fields.TOPIC, r.topic());
    filter(b, Fields.OUTLET, r.outlet());
    days(b, r.from(), r.to());
    return b.build();
  }

  /**
   * Whether every document {@code q} matches has a term in {@code field}: true when some required
   * clause, or every optional clause of a query without required ones, is on that field. False
   * for {@code *} and for exclusions only ({@code -a} parses as {@code *:* -a}), which match
   * documents of any kind. Unknown query types count as unconfined, which only costs a filter.
   */
  static boolean confined(Query q, String field) {
    if (q instanceof MatchNoDocsQuery) {
      return true;
    }
    if (q instanceof BoostQuery boost) {
      return confined(boost.getQuery(), field);
    }
    if (q instanceof BooleanQuery bq) {
      boolean anyOptional = false;
      boolean allOptional = true;
      for (BooleanClause c : bq.clauses()) {
        if (c.isRequired() && confined(c.getQuery(), field)) {
          return true;
        }
        if (c.getOccur() == BooleanClause.Occur.SHOULD) {
          anyOptional = true;
          allOptional &= confined(c.getQuery(), field);
        }
      }
      boolean required = bq.clauses().stream().anyMatch(BooleanClause::isRequired);
      return !required && anyOptional && allOptional && bq.getMinimumNumberShouldMatch() <= 1;
    }
    if (q instanceof TermQuery || q instanceof PhraseQuery || q instanceof MultiTermQuery || q instanceof SynonymQuery) {
      Set<String> fields = new HashSet<>();
      q.visit(new QueryVisitor() {
        @Override
        public boolean acceptField(String f) {
          fields.add(f);
          return true;
        }
      });
      return fields.equals(Set.of(field));
    }
    return false;
  }

  /** Parses user text leniently over one field: Lucene's simple syntax never throws on malformed input. */
  static Query text(String query, String field) {
    SimpleQueryParser p = new SimpleQueryParser(ANALYZER, field);
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

  /** Facet counts; from a sample they are scaled by the sampling rate and capped at the total. */
  private static Map<String, List<FacetValue>> facets(
      Snapshot s, RandomSamplingFacetsCollector fc, long total, boolean sampled) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    var state = s.facets();
    if (state.isEmpty()) {
      return out;
    }
    Facets counts = new SortedSetDocValuesFacetCounts(state.get(), fc);
    double rate = sampled ? fc.getSamplingRate() : 1; // the collector knows its rate once it has sampled
    for (String dim : DIMS) {
      FacetResult top = top(counts, dim, FACET_VALUES);
      if (top != null && top.labelValues.length > 0) {
        List<FacetValue> values = new ArrayList<>();
        for (LabelAndValue lv : top.labelValues) {
          long count = sampled ? Math.min(total, Math.round(lv.value.longValue() / rate)) : lv.value.longValue();
          values.add(new FacetValue(lv.label, count));
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
