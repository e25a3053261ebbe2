package dev.readout.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.readout.model.DateSource;
import dev.readout.model.DateSpan;
import dev.readout.model.EngagementType;
import dev.readout.model.Party;
import dev.readout.model.PlaceSource;
import dev.readout.model.PloverType;
import dev.readout.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One engagement on a timeline. Reports of the same engagement (same type, set of participant
 * ids and day, see {@code EngagementMerge}) are merged into one entry that lists every reporting
 * article; the entry shows the fullest report. Immutable; no nulls.
 *
 * @param type what kind of engagement
 * @param cameo the CAMEO event code
 * @param event {@link PloverType#CONSULT} for consultations, empty for interviews, press
 *     conferences and joint statements
 * @param status the most definite status any report gives: a report that it happened outweighs
 *     one that it was scheduled or proposed
 * @param actors who acts (the visitor, the caller; everyone when symmetric)
 * @param recipients who is acted on (the host, the one called); empty when symmetric
 * @param date the day or span, when it resolved
 * @param dateSource where {@code date} comes from ({@link DateSource#NONE} when empty)
 * @param place where, if known
 * @param placeSource where {@code place} comes from ({@link PlaceSource#NONE} when empty)
 * @param evidence the sentence (or caption) of the report shown
 * @param articles ids of the articles that report it, in order of arrival
 * @param sources the same articles with their headline and outlet, to show instead of bare ids
 */
@JsonPropertyOrder({"type", "cameo", "event", "status", "actors", "recipients", "participants", "participant_ids"})
public record TimelineEntry(
    EngagementType type,
    String cameo,
    Optional<PloverType> event,
    Status status,
    List<Party> actors,
    List<Party> recipients,
    Optional<DateSpan> date,
    DateSource dateSource,
    Optional<String> place,
    PlaceSource placeSource,
    String evidence,
    List<String> articles,
    List<Source> sources) {

  public TimelineEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(status, "status");
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateSource, "dateSource");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(placeSource, "placeSource");
    Objects.requireNonNull(evidence, "evidence");
    articles = List.copyOf(articles);
    sources = List.copyOf(sources);
  }

  /** Every party's canonical name, actors first, then recipients. */
  @JsonProperty(value = "participants", access = JsonProperty.Access.READ_ONLY)
  public List<String> participants() {
    return parties().stream().map(Party::name).toList();
  }

  /** Every party's actor id, in the order of {@link #participants()}. */
  @JsonProperty(value = "participant_ids", access = JsonProperty.Access.READ_ONLY)
  public List<String> participantIds() {
    return parties().stream().map(Party::id).toList();
  }

  /** Whether every party is an actor: a meeting of equals rather than a visit or a call made. */
  public boolean symmetric() {
    return recipients.isEmpty();
  }

  /** The id participant {@code i} is known by: its actor id, else its name. */
  public String participantId(int i) {
    Party p = parties().get(i);
    return p.id().isBlank() ? p.name() : p.id();
  }

  private List<Party> parties() {
    List<Party> all = new ArrayList<>(actors);
    all.addAll(recipients);
    return all;
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
