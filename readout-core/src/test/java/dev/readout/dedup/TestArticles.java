package dev.readout.dedup;

import dev.readout.model.Article;
import dev.readout.model.Dateline;
import dev.readout.model.StatedTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Builds articles with only the fields story grouping reads. */
final class TestArticles {

  private TestArticles() {}

  static Article article(String id, List<String> paragraphs) {
    return article(id, paragraphs, null, null);
  }

  static Article article(String id, List<String> paragraphs, LocalDate published, String outlet) {
    return new Article(
        id,
        "test:" + id,
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(outlet),
        Optional.empty(),
        Optional.ofNullable(published).map(StatedTime::ofDate),
        Optional.empty(),
        Dateline.NONE,
        Optional.empty(),
        List.of(),
        Optional.of("en"),
        Optional.empty(),
        List.of(),
        paragraphs,
        List.of());
  }
}
