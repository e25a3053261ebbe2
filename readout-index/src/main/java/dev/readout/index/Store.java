package dev.readout.index;

import dev.readout.dedup.Story;
import dev.readout.json.ArticleJson;
import dev.readout.model.AnnotatedArticle;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** The write side of the index: the Lucene writer and a near-real-time searcher over it. */
final class Store implements Closeable {

  /** An article as indexed, with its order of arrival. */
  record Stored(AnnotatedArticle article, long seq) {}

  private final FSDirectory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private Store(FSDirectory dir, IndexWriter writer) throws IOException {
    this.dir = dir;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
  }

  /** Where a data folder keeps its Lucene index. */
  static Path indexDir(Path dataDir) {
    return dataDir.resolve("index");
  }

  static Store open(Path indexDir) throws IOException {
    FSDirectory dir = FSDirectory.open(indexDir);
    try {
      IndexWriterConfig c = new IndexWriterConfig(new TextAnalyzer());
      c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      c.setRAMBufferSizeMB(64);
      if (DirectoryReader.indexExists(dir)) {
        checkFormat(dir, indexDir);
      }
      IndexWriter writer = new IndexWriter(dir, c);
      writer.setLiveCommitData(Map.of(Fields.FORMAT, Fields.FORMAT_VERSION).entrySet());
      writer.commit(); // a new index gets its first commit, so readers can open it at once
      return new Store(dir, writer);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /**
   * Refuses an index of another format: it would answer some searches wrongly. An index without
   * documents is of no format yet.
   */
  static void checkFormat(Directory dir, Path where) throws IOException {
    SegmentInfos last = SegmentInfos.readLatestCommit(dir);
    String format = last.getUserData().getOrDefault(Fields.FORMAT, "1");
    if (!format.equals(Fields.FORMAT_VERSION) && last.totalMaxDoc() > 0) {
      throw new IOException("the index in " + where + " has format " + format + " and this Readout reads format "
          + Fields.FORMAT_VERSION + ": ingest the pages again into a new --data folder");
    }
  }

  /** Feeds every indexed article to {@code sink} in order of arrival; returns the next sequence number. */
  long replay(Consumer<AnnotatedArticle> sink) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      List<long[]> order = new ArrayList<>();
      s.search(kind(Fields.KIND_ARTICLE), new SeqCollector(order));
      order.sort((a, b) -> Long.compare(a[0], b[0]));
      for (long[] x : order) {
        sink.accept(ArticleJson.read(s.storedFields().document((int) x[1]).get(Fields.JSON)));
      }
      return order.isEmpty() ? 0 : order.get(order.size() - 1)[0] + 1;
    } finally {
      searchers.release(s);
    }
  }

  /** An indexed article by id. */
  Optional<Stored> article(String id) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      Query q = articleQuery(id);
      TopDocs top = s.search(q, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      int doc = top.scoreDocs[0].doc;
      AnnotatedArticle a = ArticleJson.read(s.storedFields().document(doc).get(Fields.JSON));
      LeafReaderContext leaf = s.getIndexReader().leaves().get(
          org.apache.lucene.index.ReaderUtil.subIndex(doc, s.getIndexReader().leaves()));
      NumericDocValues seq = leaf.reader().getNumericDocValues(Fields.SEQ);
      long n = seq != null && seq.advanceExact(doc - leaf.docBase) ? seq.longValue() : 0;
      return Optional.of(new Stored(a, n));
    } finally {
      searchers.release(s);
    }
  }

  /** Writes articles (each replacing its block) and stories, commits, and refreshes the searcher. */
  void write(Collection<Stored> articles, Set<String> storyIds, Function<String, Optional<Story>> stories)
      throws IOException {
    for (Stored x : articles) {
      writer.updateDocuments(new Term(Fields.ARTICLE, x.article().article().id()), Documents.block(x.article(), x.seq()));
    }
    for (String id : storyIds) {
      Term key = new Term(Fields.STORY_DOC, id);
      Optional<Story> story = stories.apply(id);
      if (story.isPresent()) {
        writer.updateDocument(key, Documents.story(story.get()));
      } else {
        writer.deleteDocuments(key);
      }
    }
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  long count(String kind) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.count(kind(kind));
    } finally {
      searchers.release(s);
    }
  }

  static Query kind(String kind) {
    return new TermQuery(new Term(Fields.KIND, kind));
  }

  static Query articleQuery(String id) {
    return new BooleanQuery.Builder()
        .add(kind(Fields.KIND_ARTICLE), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Fields.ARTICLE, id)), BooleanClause.Occur.FILTER)
        .build();
  }

  @Override
  public void close() throws IOException {
    try (dir;
        writer) {
      searchers.close();
    }
  }

  /** Collects (sequence number, doc id) of every match. */
  private static final class SeqCollector extends SimpleCollector {
    private final List<long[]> out;
    private NumericDocValues seq;
    private int base;

    SeqCollector(List<long[]> out) {
      this.out = out;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      seq = context.reader().getNumericDocValues(Fields.SEQ);
      base = context.docBase;
    }

    @Override
    public void collect(int doc) throws IOException {
      long n = seq != null && seq.advanceExact(doc) ? seq.longValue() : 0;
      out.add(new long[] {n, base + doc});
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
