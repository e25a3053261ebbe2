package dev.readout.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written in another format is refused by name, not searched wrongly. */
class IndexFormatTest {

  @TempDir Path data;

  @Test
  void anIndexWithoutTheFormatMarkIsRefusedForReadingAndWriting() throws IOException {
    try (FSDirectory dir = FSDirectory.open(Store.indexDir(data));
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      Document d = new Document();
      d.add(new StringField(Fields.KIND, Fields.KIND_ARTICLE, Field.Store.NO));
      w.addDocument(d);
      w.commit(); // as the first format did: no format mark in the commit
    }
    assertThatThrownBy(() -> Corpus.open(data)).isInstanceOf(IOException.class)
        .hasMessageContaining("has format 1").hasMessageContaining("new --data folder");
    assertThatThrownBy(() -> Ingester.open(data, new IngestConfig(2, 1), Fixtures.grouper()))
        .isInstanceOf(IOException.class).hasMessageContaining("has format 1");
  }

  @Test
  void aNewIndexCarriesTheCurrentFormat() throws IOException {
    try (Ingester in = Ingester.open(data, new IngestConfig(2, 1), Fixtures.grouper())) {
      in.add(List.of(Fixtures.hostile()));
    }
    try (FSDirectory dir = FSDirectory.open(Store.indexDir(data))) {
      assertThat(SegmentInfos.readLatestCommit(dir).getUserData()).containsEntry(Fields.FORMAT, Fields.FORMAT_VERSION);
    }
    try (Corpus c = Corpus.open(data)) {
      assertThat(c.stats().articles()).isEqualTo(1);
    }
  }
}
