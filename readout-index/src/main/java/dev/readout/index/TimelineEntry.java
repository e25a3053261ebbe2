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
 */
public record TimelineEntry(
    String type,
    String cameo,
    List<String> participants,
    List<String> participantIds,
    Optional<String> date,
    Optional<String> place,
    String evidence,
    List<String> articles) {

  public TimelineEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(cameo, "cameo");
    participants = List.copyOf(participants);
    participantIds = List.copyOf(participantIds);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(evidence, "evidence");
    articles = List.copyOf(articles);
  }
}
