package dev.readout.bench.gold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Article;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadoutLayersTest {

  @Test
  void theArticleBodyIsTheStoryTextSoOffsetsAgree() {
    String text = "First paragraph.\n\nSecond one\nwith a line break.\n\n\"Quoted,\" she said.";
    StoryEntry e = new StoryEntry("reuters-1", "reuters", "reut2-000.sgm#1", "test", "A title",
        Optional.of("1987-03-02T10:20:30"), Optional.of("GENEVA, March 2 -"), true, "x", text.length());
    Article a = ReadoutLayers.article(e, text);
    assertThat(a.body()).isEqualTo(text);
    assertThat(a.dateline().place()).contains("Geneva");
    assertThat(a.dateline().date()).contains(LocalDate.of(1987, 3, 2));
    assertThat(a.published().map(p -> p.date())).contains(LocalDate.of(1987, 3, 2));
  }

  @Test
  void aPublicationTimeWithASpaceStillGivesTheDay() {
    StoryEntry e = new StoryEntry("fundus-us-X-1", "fundus", "x", "tune", "T", Optional.of("2024-11-18 21:26:36+00:00"),
        Optional.empty(), false, "x", 4);
    assertThat(ReadoutLayers.article(e, "Text").published().map(p -> p.date())).contains(LocalDate.of(2024, 11, 18));
  }
}
