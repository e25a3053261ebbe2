package dev.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.Readout;
import dev.readout.json.ArticleJson;
import dev.readout.model.RawDocument;
import dev.readout.model.Rejected;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The per-document function, without Spark. */
class ExtractionTest {

  private final Extraction extraction = new Extraction(JobConfig.of(java.util.List.of("x"), "out"));

  @Test
  void anArticleRowHoldsTheCliRecordAndItsFingerprint() throws IOException {
    RawDocument doc = RawDocument.of("seed.txt", TestPages.seeds().get(1).getBytes(StandardCharsets.UTF_8), Optional.empty());
    Extracted.Article a = (Extracted.Article) extraction.apply(42, doc);
    String expected = ArticleJson.write(new Readout().process(doc));
    assertThat(a.ordinal()).isEqualTo(42);
    assertThat(a.source()).isEqualTo("seed.txt");
    assertThat(a.record()).isEqualTo(expected);
    assertThat(a.print().articleId()).isEqualTo(a.id());
  }

  @Test
  void aRejectionNamesSourceStageAndReason() {
    Extracted.Failed f = (Extracted.Failed) extraction.apply(7, new Rejected("x.warc#1", "read", "truncated gzip stream"));
    assertThat(f.ordinal()).isEqualTo(7);
    assertThat(f.source()).isEqualTo("x.warc#1");
    assertThat(f.stage()).isEqualTo("read");
    assertThat(f.reason()).isEqualTo("truncated gzip stream");
    assertThat(f.skipped()).isFalse();
  }

  @Test
  void aPageWithNoArticleTextIsSkippedAsInTheCli() {
    RawDocument doc = RawDocument.of("nav.txt", "Home | News | Sport\n".getBytes(StandardCharsets.UTF_8), Optional.empty());
    Extracted.Failed f = (Extracted.Failed) extraction.apply(3, doc);
    assertThat(f.skipped()).isTrue();
    assertThat(f.reason()).isEqualTo("no article text");
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
