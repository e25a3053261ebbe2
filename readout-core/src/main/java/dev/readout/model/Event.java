package dev.readout.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A political event coded in PLOVER: who did what to whom, when and where, traced to its words.
 * Every CONSULT engagement is also an event with the engagement's id.
 *
 * @param id unique in the article; a CONSULT event of an engagement carries the engagement's id
 * @param event the PLOVER type
 * @param mode PLOVER's mode for the type, when the text gives one
 * @param context PLOVER contexts ({@code military}, {@code economic}, ...), possibly none
 * @param cameo the most specific CAMEO code the text supports, when one does
 * @param actors who acts
 * @param recipients who is acted on
 * @param status whether it happened, is ongoing, scheduled or proposed
 * @param negated whether the text says it did not happen ({@code did not agree})
 * @param date the day or span, when it resolves
 * @param dateSource where {@code date} comes from
 * @param place where it happened, when known
 * @param placeSource where {@code place} comes from
 * @param evidenceSpan the words that carry it, in the body
 * @param statement the index in {@link AnnotatedArticle#statements()} of the statement it codes,
 *     when it is a verbal event
 * @param engagement the id of the engagement it codes, for a CONSULT
 */
public record Event(
    String id,
    PloverType event,
    Optional<String> mode,
    List<String> context,
    Optional<String> cameo,
    List<Party> actors,
    List<Party> recipients,
    Status status,
    boolean negated,
    Optional<DateSpan> date,
    DateSource dateSource,
    Optional<String> place,
    PlaceSource placeSource,
    Mention evidenceSpan,
    Optional<Integer> statement,
    Optional<String> engagement) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(mode, "mode");
    context = List.copyOf(context);
    Objects.requireNonNull(cameo, "cameo");
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateSource, "dateSource");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(placeSource, "placeSource");
    Objects.requireNonNull(evidenceSpan, "evidenceSpan");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(engagement, "engagement");
  }

  /** The CONSULT event of a consultation engagement; empty for interviews, press conferences, joint statements. */
  public static Optional<Event> of(Engagement e) {
    if (e.event().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Event(e.id(), e.event().get(), e.mode(), List.of(), Optional.of(e.cameo()), e.actors(),
        e.recipients(), e.status(), false, e.date(), e.dateSource(), e.place(), e.placeSource(), e.evidenceSpan(),
        Optional.empty(), Optional.of(e.id())));
  }
}
