package dev.readout.bench.stories;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One real article a test set is built from.
 *
 * @param key where it came from ({@code news-cluster/<file>}, {@code reuters/<NEWID>})
 * @param title its headline
 * @param paragraphs its body, dateline removed
 * @param dateline the wire dateline's place ({@code SALVADOR}), if it had one
 * @param published its day
 * @param group what it is about: the news-cluster event or the Reuters topic and first company,
 *     person or organisation; articles sharing it are each other's lookalikes
 */
record Source(
    String key,
    String title,
    List<String> paragraphs,
    Optional<String> dateline,
    LocalDate published,
    String group) {

  Source {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    paragraphs = List.copyOf(paragraphs);
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(group, "group");
  }

  int length() {
    return paragraphs.stream().mapToInt(String::length).sum();
  }
}
