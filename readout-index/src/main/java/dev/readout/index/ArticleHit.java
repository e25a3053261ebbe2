package dev.readout.index;

import java.util.Objects;
import java.util.Optional;

/**
 * An article found by a search.
 *
 * @param id the article id
 * @param title its headline
 * @param published publication time as stated (ISO-8601)
 * @param outlet the outlet that carried it
 * @param story the story it belongs to
 * @param snippet a passage of the text, preferring one with a query word, as plain text
 */
public record ArticleHit(
    String id, Optional<String> title, Optional<String> published, Optional<String> outlet, Optional<String> story, String snippet)
    implements Hit {

  public ArticleHit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(snippet, "snippet");
  }
}
