package dev.readout.index;

import dev.readout.InOrder;
import dev.readout.Outcome;
import dev.readout.Readout;
import dev.readout.dedup.StoryAssignment;
import dev.readout.dedup.StoryIndex;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Input;
import dev.readout.model.RawDocument;
import dev.readout.model.Rejected;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Adds articles to the index in a data folder: reads, extracts, groups into stories and indexes,
 * committing every {@link IngestConfig#batchSize()} articles.
 *
 * <p>Idempotent: an article's id is its content id, so input read twice adds nothing, and a copy
 * with other content joins its story. Crash-safe: a Lucene commit is atomic, so after a kill the
 * index holds every committed batch and a re-run adds the rest. Story grouping is replayed from
 * the index on open, in the order articles arrived.
 *
 * <p>One ingester per data folder at a time (the index's write lock enforces it); not
 * thread-safe. Readers ({@link Corpus}) may stay open meanwhile and see each commit.
 */
public final class Ingester implements Closeable {

  private final IngestConfig config;
  private final Grouper grouper;
  private final Store store;
  private final Map<String, Store.Stored> pending = new LinkedHashMap<>();
  private final Set<String> touched = new LinkedHashSet<>();
  private long nextSeq;

  private Ingester(IngestConfig config, Grouper grouper, Store store) throws IOException {
    this.config = config;
    this.grouper = grouper;
    this.store = store;
    this.nextSeq = store.replay(a -> grouper.add(a.article()));
  }

  /** Opens (or creates) the index in {@code dataDir} with default settings and grouping. */
  public static Ingester open(Path dataDir) throws IOException {
    return open(dataDir, IngestConfig.defaults(), Grouper.of(StoryIndex.inMemory()));
  }

  /**
   * Opens (or creates) the index in {@code dataDir}. The grouper is fed every indexed article
   * first, so it should start empty or hold exactly what the index holds.
   *
   * @throws IOException when the folder cannot be written or another ingest holds it
   */
  public static Ingester open(Path dataDir, IngestConfig config, Grouper grouper) throws IOException {
    Store store = Store.open(Store.indexDir(dataDir));
    try {
      return new Ingester(config, grouper, store);
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Reads, extracts and indexes with the standard pipeline. */
  public IngestSummary ingest(Iterable<Input> inputs, IngestListener listener) throws IOException {
    Readout readout = new Readout();
    return ingest(inputs, readout::process, listener);
  }

  /**
   * Runs {@code pipeline} on every document (in parallel) and indexes the results in input order.
   * Each input's {@link Outcome} follows the rule every driver shares: a document the pipeline
   * throws on is rejected with the reason; a page with no article text, like an input the reader
   * {@linkplain Rejected#skipped() skipped} (not a page at all), is counted apart as skipped.
   */
  public IngestSummary ingest(
      Iterable<Input> inputs, Function<RawDocument, AnnotatedArticle> pipeline, IngestListener listener)
      throws IOException {
    Counts counts = new Counts();
    // The pool extracts batch N+1 while this thread indexes and commits batch N, so indexing (one
    // thread) and extraction (all cores) overlap. Batches still commit in order.
    InOrder.map(inputs, in -> Outcome.of(in, pipeline), config.threads(), config.batchSize(),
        batch -> flush(batch, counts, listener));
    return counts.summary(store.count(Fields.KIND_STORY));
  }

  /** Indexes annotated articles as they are (grouping still runs); for tests and other front ends. */
  public IngestSummary add(List<AnnotatedArticle> articles) throws IOException {
    Counts counts = new Counts();
    List<Outcome> outcomes = articles.stream().map(Outcome::of).toList();
    for (int from = 0; from < outcomes.size(); from += config.batchSize()) {
      flush(outcomes.subList(from, Math.min(outcomes.size(), from + config.batchSize())), counts, IngestListener.none());
    }
    return counts.summary(store.count(Fields.KIND_STORY));
  }

  private void flush(List<Outcome> outcomes, Counts counts, IngestListener listener) throws IOException {
    for (Outcome o : outcomes) {
      if (o.skipped()) {
        counts.skipped.add(o.rejection().orElseThrow());
      } else if (o.failed()) {
        counts.pages++;
        counts.rejected.add(o.rejection().orElseThrow());
      } else if (accept(o.article().orElseThrow())) {
        counts.pages++;
        counts.added++;
      } else {
        counts.pages++;
        counts.known++;
      }
      listener.onPage();
    }
    if (pending.isEmpty() && touched.isEmpty()) {
      return;
    }
    store.write(pending.values(), touched, grouper::story);
    pending.clear();
    touched.clear();
    listener.onCommit(store.count(Fields.KIND_ARTICLE));
  }

  private boolean accept(AnnotatedArticle a) throws IOException {
    String id = a.article().id();
    if (grouper.storyOf(id).isPresent()) {
      return false;
    }
    StoryAssignment s = grouper.add(a.article());
    pending.put(id, new Store.Stored(a.withStory(s.storyId()), nextSeq++));
    touched.add(s.storyId());
    for (String other : s.relabelled()) {
      Store.Stored before = pending.containsKey(other) ? pending.get(other) : store.article(other).orElse(null);
      if (before == null) {
        continue;
      }
      before.article().story().ifPresent(touched::add);
      String now = grouper.storyOf(other).orElse(s.storyId());
      touched.add(now);
      pending.put(other, new Store.Stored(before.article().withStory(now), before.seq()));
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    store.close();
  }

  /** Running totals of one call. */
  private static final class Counts {
    long pages;
    long added;
    long known;
    final List<Rejected> rejected = new ArrayList<>();
    final List<Rejected> skipped = new ArrayList<>();

    IngestSummary summary(long stories) {
      return new IngestSummary(pages, added, known, stories, rejected, skipped);
    }
  }
}
