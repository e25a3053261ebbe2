package dev.readout.dedup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One copy in a {@link Story}, compared with the story's canonical copy.
 *
 * @param articleId the copy's article id
 * @param source where the copy was read
 * @param outlet the outlet that carried it
 * @param similarity containment of this copy in the canonical one, 0..1 (1 for the canonical)
 * @param cut paragraphs of the canonical copy this one lacks
 * @param added paragraphs this copy has that the canonical one lacks
 */
public record StoryMember(
    String articleId,
    String source,
    Optional<String> outlet,
    double similarity,
    List<String> cut,
    List<String> added) {

  public StoryMember {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(outlet, "outlet");
    cut = List.copyOf(cut);
    added = List.copyOf(added);
  }
}
