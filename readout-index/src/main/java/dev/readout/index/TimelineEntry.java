package dev.readout.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One engagement on a timeline. Copies of a story report the same engagement; they are merged
 * into one entry that lists every reporting article.
 *
 * @param type {@code phone_call, meeting, visit, ...}
 * @param cameo the CAMEO event code
 * @param participants canonical names
 * @param participantIds actor ids, in the same order
 * @param date ISO day or interval, when it resolved
 * @param place where, if stated
 * @param evidence the sentence (or caption) of the first report
 * @param articles ids of the articles that report it, in order of arrival
 * @param sources the same articles with their headline and outlet, to show instead of bare ids
 */
public record TimelineEntry(
    String type,
    String cameo,
    List<String> participants,
    List<String> participantIds,
    Optional<String> date,
    Optional<String> place,
    String evidence,
    List<String> articles,
    List<Source> sources) {

  public TimelineEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(cameo, "cameo");
    participants = List.copyOf(participants);
    participantIds = List.copyOf(participantIds);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(evidence, "evidence");
    articles = List.copyOf(articles);
    sources = List.copyOf(sources);
  }

  /** The id participant {@code i} is known by: its actor id, else its name. */
  public String participantId(int i) {
    return i < participantIds.size() && !participantIds.get(i).isBlank() ? participantIds.get(i) : participants.get(i);
  }

  /**
   * An article that reports an engagement.
   *
   * @param article its id
   * @param title its headline, if it has one
   * @param outlet its outlet, if named
   */
  public record Source(String article, Optional<String> title, Optional<String> outlet) {

    public Source {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(outlet, "outlet");
    }
  }
}
