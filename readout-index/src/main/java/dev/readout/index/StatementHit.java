package dev.readout.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement found by a search, with the article that carries it.
 *
 * @param id {@code <article id>#<index of the statement in the article>}
 * @param speaker the speaker's canonical name
 * @param speakerId the speaker's actor id
 * @param sentence the sentence that carries the statement
 * @param content what was said
 * @param cue the reporting verb
 * @param date the day it was said, else the article's day (ISO-8601)
 * @param topics topic codes
 * @param article the article's id
 * @param title the article's headline
 * @param outlet the article's outlet
 */
public record StatementHit(
    String id,
    String speaker,
    String speakerId,
    String sentence,
    String content,
    String cue,
    Optional<String> date,
    List<String> topics,
    String article,
    Optional<String> title,
    Optional<String> outlet)
    implements Hit {

  public StatementHit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerId, "speakerId");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(date, "date");
    topics = List.copyOf(topics);
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
  }
}
