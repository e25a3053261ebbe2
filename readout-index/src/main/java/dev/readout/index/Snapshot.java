package dev.readout.index;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.json.ArticleJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher over one point-in-time view of the index, with the facet ordinals of that view
 * built once, on first use (building them walks every segment's terms).
 */
final class Snapshot extends IndexSearcher {

  private Optional<SortedSetDocValuesReaderState> facets;

  Snapshot(IndexReader reader) {
    super(reader);
  }

  /** The facet state; empty while no document has a facet value. */
  synchronized Optional<SortedSetDocValuesReaderState> facets() throws IOException {
    if (facets == null) {
      try {
        facets = Optional.of(new DefaultSortedSetDocValuesReaderState(getIndexReader(), Documents.FACETS));
      } catch (IllegalArgumentException e) {
        facets = Optional.empty(); // no document has facets yet
      }
    }
    return facets;
  }

  /** The stored JSON of a document. */
  JsonNode json(int doc) {
    try {
      return ArticleJson.mapper().readTree(storedFields().document(doc).get(Fields.JSON));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stored JSON of a document as text. */
  String jsonText(int doc) throws IOException {
    return storedFields().document(doc).get(Fields.JSON);
  }
}
