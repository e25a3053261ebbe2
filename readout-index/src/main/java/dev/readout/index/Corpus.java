package dev.readout.index;

import dev.readout.model.AnnotatedArticle;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The read side of a data folder: search, look-ups and timelines over the index an {@link
 * Ingester} wrote. Read-only; sees new commits within about a second. Thread-safe: share one.
 */
public final class Corpus implements Closeable {

  private static final long REFRESH_NANOS = 1_000_000_000L;

  private final FSDirectory dir;
  private final SearcherManager searchers;
  private volatile long checked = System.nanoTime();

  private Corpus(FSDirectory dir, SearcherManager searchers) {
    this.dir = dir;
    this.searchers = searchers;
  }

  /**
   * Opens the index in {@code dataDir} for reading.
   *
   * @throws IOException when there is no index there (run an ingest first) or it cannot be read
   */
  public static Corpus open(Path dataDir) throws IOException {
    Path index = Store.indexDir(dataDir);
    if (!Files.isDirectory(index)) {
      throw new IOException("no index in " + dataDir + " (run readout ingest first)");
    }
    FSDirectory dir = FSDirectory.open(index);
    try {
      if (!DirectoryReader.indexExists(dir)) {
        throw new IOException("no index in " + dataDir + " (run readout ingest first)");
      }
      Store.checkFormat(dir, dataDir);
      SearcherFactory factory =
          new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
              return new Snapshot(reader);
            }
          };
      return new Corpus(dir, new SearcherManager(dir, factory));
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Finds articles or statements, with facet counts over all hits. */
  public SearchResult search(SearchRequest request) throws IOException {
    return with(s -> Searches.search(s, request));
  }

  /** The full record of an article. */
  public Optional<AnnotatedArticle> article(String id) throws IOException {
    return with(s -> Lookups.article(s, id));
  }

  /** A story with its copies. */
  public Optional<StoryView> story(String id) throws IOException {
    return with(s -> Lookups.story(s, id));
  }

  /** Engagements in date order, copies merged. */
  public Timeline engagements(EngagementQuery query) throws IOException {
    return with(s -> Timelines.timeline(s, query));
  }

  /** Engagements counted by month and type, copies merged; paging is ignored. */
  public TimeSeries engagementsByMonth(EngagementQuery query) throws IOException {
    return with(s -> {
      Timelines.Merged m = Timelines.merged(s, query);
      return Aggregates.engagementsByMonth(m.entries(), m.truncated());
    });
  }

  /**
   * Who engaged whom among the engagements the query selects (paging ignored): at most {@code
   * maxNodes} actors, the most engaged, and the engagements each pair of them shared.
   */
  public Network network(EngagementQuery query, int maxNodes) throws IOException {
    if (maxNodes < 2 || maxNodes > SearchRequest.MAX_LIMIT) {
      throw new InvalidRequestException("limit", "must be 2 to " + SearchRequest.MAX_LIMIT + ", got " + maxNodes);
    }
    return with(s -> {
      Timelines.Merged m = Timelines.merged(s, query);
      return Aggregates.network(m.entries(), maxNodes, m.truncated());
    });
  }

  /** An actor's statements counted by month and topic (a statement on two topics counts in each). */
  public Optional<TimeSeries> statementsByMonth(String actor, Optional<LocalDate> from, Optional<LocalDate> to) throws IOException {
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new InvalidRequestException("from", from.get() + " is after to " + to.get());
    }
    return with(s -> {
      Optional<ActorSummary> a = Lookups.actor(s, actor);
      return a.isEmpty() ? Optional.empty() : Optional.of(Lookups.statementsByMonth(s, a.get().id(), from, to));
    });
  }

  /** Actors, the most often named first. */
  public List<ActorSummary> actors(int offset, int limit) throws IOException {
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw new InvalidRequestException("limit", "must be 1 to " + SearchRequest.MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0 || offset > SearchRequest.MAX_OFFSET) {
      throw new InvalidRequestException("offset", "must be 0 to " + SearchRequest.MAX_OFFSET + ", got " + offset);
    }
    return with(s -> Lookups.actors(s, offset, limit));
  }

  /** One actor, by id or canonical name. */
  public Optional<ActorSummary> actor(String id) throws IOException {
    return with(s -> Lookups.actor(s, id));
  }

  /** Counts of what the index holds. */
  public CorpusStats stats() throws IOException {
    return with(Lookups::stats);
  }

  private <T> T with(Work<T> work) throws IOException {
    long now = System.nanoTime();
    if (now - checked > REFRESH_NANOS) {
      checked = now;
      searchers.maybeRefresh(); // non-blocking: a request never waits for another's refresh
    }
    Snapshot s = (Snapshot) searchers.acquire();
    try {
      return work.apply(s);
    } finally {
      searchers.release(s);
    }
  }

  /** A read against one snapshot. */
  private interface Work<T> {
    T apply(Snapshot s) throws IOException;
  }

  @Override
  public void close() throws IOException {
    try (dir) {
      searchers.close();
    }
  }
}
