package dev.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.Readout;
import dev.readout.dedup.Fingerprints;
import dev.readout.json.ArticleJson;
import dev.readout.model.RawDocument;
import dev.readout.model.Rejected;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The per-document function, without Spark. */
class ExtractionTest {

  private final Extraction extraction = new Extraction(JobConfig.of(java.util.List.of("x"), "out"));

  @Test
  void anArticleRowHoldsTheCliRecordAndItsFingerprint() throws IOException {
    RawDocument doc = RawDocument.of("seed.txt", TestPages.seeds().get(1).getBytes(StandardCharsets.UTF_8), Optional.empty());
    Row row = extraction.apply(42, doc);
    String expected = ArticleJson.write(new Readout().process(doc));
    assertThat(row.getLong(0)).isEqualTo(42);
    assertThat(row.getString(1)).isEqualTo("seed.txt");
    assertThat(row.getString(3)).isEqualTo(expected);
    assertThat(Fingerprints.Print.fromBytes((byte[]) row.get(4)).articleId()).isEqualTo(row.getString(2));
    assertThat(row.isNullAt(5)).isTrue();
  }

  @Test
  void aRejectionIsARowNamingSourceStageAndReason() {
    Row row = extraction.apply(7, new Rejected("x.warc#1", "read", "truncated gzip stream"));
    assertThat(row.isNullAt(2)).isTrue();
    assertThat(row.getString(1)).isEqualTo("x.warc#1");
    assertThat(row.getString(5)).isEqualTo("read");
    assertThat(row.getString(6)).isEqualTo("truncated gzip stream");
  }

  @Test
  void theStoryGoesIntoTheRecordAsTheCliPutsIt() throws IOException {
    RawDocument doc = RawDocument.of("seed.txt", TestPages.seeds().get(0).getBytes(StandardCharsets.UTF_8), Optional.empty());
    String record = ArticleJson.write(new Readout().process(doc));
    com.fasterxml.jackson.databind.node.ObjectNode o = (com.fasterxml.jackson.databind.node.ObjectNode) ArticleJson.mapper().readTree(record);
    o.put("story", "sabc");
    assertThat(Records.withStory(record, "sabc")).isEqualTo(ArticleJson.mapper().writeValueAsString(o));
    // A record laid out otherwise still gets its story.
    String spaced = record.replace("\"story\":null", "\"story\" : null");
    assertThat(ArticleJson.mapper().readTree(Records.withStory(spaced, "sabc")).get("story").asText()).isEqualTo("sabc");
  }
}
