package dev.readout.nlp;

import dev.readout.model.Article;
import dev.readout.model.Dateline;
import dev.readout.model.StatedTime;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/** Articles for tests, with only what the annotator reads. */
final class Articles {

  private Articles() {}

  static Article of(String published, String datelinePlace, String datelineDate, List<String> captions, String... paragraphs) {
    Dateline d =
        new Dateline(
            Optional.ofNullable(datelinePlace),
            Optional.ofNullable(datelineDate).map(x -> MonthDay.from(LocalDate.parse(x))),
            Optional.ofNullable(datelineDate).map(LocalDate::parse),
            Optional.empty());
    return new Article("test", "test", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.ofNullable(published).flatMap(StatedTime::parse), Optional.empty(), d, Optional.empty(), List.of(),
        Optional.of("en"), Optional.empty(), captions, List.of(paragraphs), List.of());
  }

  static Article body(String... paragraphs) {
    return of("2021-02-05", null, null, List.of(), paragraphs);
  }
}
