package dev.readout.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An encounter between actors that an article reports, at least one of them a state actor: a call,
 * a meeting, talks, a visit, a summit, an interview, a press conference, a joint statement (the
 * definitions are docs/annotation.md section 3).
 *
 * @param id the engagement's id, unique in the article ({@code e1}, {@code e2}, ...); its CONSULT
 *     event in {@link AnnotatedArticle#events()} carries the same id
 * @param type what kind of engagement
 * @param cameo the CAMEO event code ({@code 040}–{@code 046}, {@code 010} family for the kinds
 *     PLOVER leaves out)
 * @param event {@link PloverType#CONSULT} for the kinds PLOVER codes as consultations, else empty
 * @param mode PLOVER's CONSULT mode ({@code phone}, {@code visit}, {@code third-party},
 *     {@code multilateral}), when one applies
 * @param actors who acts: the visitor, the caller, the guest; everyone when the encounter is
 *     symmetric
 * @param recipients who is acted on: the host, the one called, the outlet interviewing; empty when
 *     symmetric
 * @param status whether it happened, is ongoing, scheduled or proposed
 * @param date the day or span it took place, when the text lets one resolve it
 * @param dateSource where {@code date} comes from ({@link DateSource#NONE} when empty)
 * @param place where it happened, when known
 * @param placeSource where {@code place} comes from ({@link PlaceSource#NONE} when empty)
 * @param evidence the sentence (or caption) that reports it
 * @param evidenceSpan where the evidence is in the body; {@code [0,0)} for a caption
 * @param fromCaption whether the evidence is a photo caption rather than the body
 */
@JsonPropertyOrder({"id", "type", "cameo", "participants", "participant_ids", "participantIds"})
public record Engagement(
    String id,
    EngagementType type,
    String cameo,
    Optional<PloverType> event,
    Optional<String> mode,
    List<Party> actors,
    List<Party> recipients,
    Status status,
    Optional<DateSpan> date,
    DateSource dateSource,
    Optional<String> place,
    PlaceSource placeSource,
    String evidence,
    Mention evidenceSpan,
    boolean fromCaption) {

  public Engagement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(mode, "mode");
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateSource, "dateSource");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(placeSource, "placeSource");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(evidenceSpan, "evidenceSpan");
    if (date.isEmpty() != (dateSource == DateSource.NONE)) {
      throw new IllegalArgumentException("date " + date + " with date source " + dateSource);
    }
    if (place.isEmpty() != (placeSource == PlaceSource.NONE)) {
      throw new IllegalArgumentException("place " + place + " with place source " + placeSource);
    }
  }

  /** Every party's canonical name, actors first, then recipients (the record's older form). */
  @JsonProperty(value = "participants", access = JsonProperty.Access.READ_ONLY)
  public List<String> participants() {
    List<String> out = new ArrayList<>();
    actors.forEach(p -> out.add(p.name()));
    recipients.forEach(p -> out.add(p.name()));
    return List.copyOf(out);
  }

  /** Every party's actor id, in the order of {@link #participants()}. */
  @JsonProperty(value = "participant_ids", access = JsonProperty.Access.READ_ONLY)
  public List<String> participantIds() {
    List<String> out = new ArrayList<>();
    actors.forEach(p -> out.add(p.id()));
    recipients.forEach(p -> out.add(p.id()));
    return List.copyOf(out);
  }
}
