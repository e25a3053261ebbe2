package dev.readout.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article with what the later stages found: the story it belongs to, its actors, statements,
 * engagements and topics. This is one line of {@code readout extract} output.
 *
 * @param article the extracted article
 * @param story the id of the story (group of copies) it belongs to, once grouping ran
 * @param actors people, organisations, countries and places, with mentions
 * @param statements attributed statements
 * @param engagements reported interactions
 * @param events PLOVER events, among them one CONSULT event per consultation engagement (same id)
 * @param topics topic codes of the article as a whole
 */
public record AnnotatedArticle(
    Article article,
    Optional<String> story,
    List<Actor> actors,
    List<Statement> statements,
    List<Engagement> engagements,
    List<Event> events,
    List<String> topics) {

  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(story, "story");
    actors = List.copyOf(actors);
    statements = List.copyOf(statements);
    engagements = List.copyOf(engagements);
    events = List.copyOf(events);
    topics = List.copyOf(topics);
  }

  /** The article with nothing annotated yet. */
  public static AnnotatedArticle of(Article article) {
    return new AnnotatedArticle(article, Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public AnnotatedArticle withStory(String storyId) {
    return new AnnotatedArticle(article, Optional.of(storyId), actors, statements, engagements, events, topics);
  }
}
