package dev.readout.index;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which engagements a timeline, a chart or a network counts.
 *
 * @param actor a participant, by canonical name or actor id (case-insensitive)
 * @param with a second participant that must take part too (name or id)
 * @param type an engagement type ({@code meeting}); empty for every type
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param offset entries to skip
 * @param limit entries to return, 1 to {@value SearchRequest#MAX_LIMIT}
 */
public record EngagementQuery(
    Optional<String> actor,
    Optional<String> with,
    Optional<String> type,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    int offset,
    int limit) {

  public EngagementQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(with, "with");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw new InvalidRequestException("limit", "must be 1 to " + SearchRequest.MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0 || offset > SearchRequest.MAX_OFFSET) {
      throw new InvalidRequestException("offset", "must be 0 to " + SearchRequest.MAX_OFFSET + ", got " + offset);
    }
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new InvalidRequestException("from", from.get() + " is after to " + to.get());
    }
  }

  /** Engagements of one participant (or all), any type. */
  public EngagementQuery(Optional<String> actor, Optional<LocalDate> from, Optional<LocalDate> to, int offset, int limit) {
    this(actor, Optional.empty(), Optional.empty(), from, to, offset, limit);
  }

  /** Every engagement, first page. */
  public static EngagementQuery all() {
    return new EngagementQuery(Optional.empty(), Optional.empty(), Optional.empty(), 0, SearchRequest.MAX_LIMIT);
  }
}
