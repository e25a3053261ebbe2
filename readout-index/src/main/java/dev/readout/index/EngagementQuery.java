package dev.readout.index;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which engagements a timeline shows.
 *
 * @param actor a participant, by canonical name or actor id (case-insensitive)
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param offset entries to skip
 * @param limit entries to return, 1 to {@value SearchRequest#MAX_LIMIT}
 */
public record EngagementQuery(
    Optional<String> actor, Optional<LocalDate> from, Optional<LocalDate> to, int offset, int limit) {

  public EngagementQuery {
    Objects.requireNonNull(actor, "actor");
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

  /** Every engagement, first page. */
  public static EngagementQuery all() {
    return new EngagementQuery(Optional.empty(), Optional.empty(), Optional.empty(), 0, SearchRequest.MAX_LIMIT);
  }
}
