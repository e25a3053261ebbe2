package dev.readout.index;

import dev.readout.model.Status;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which engagements a timeline, a chart or a network counts.
 *
 * @param actor a participant, by canonical name or actor id (case-insensitive)
 * @param with a second participant that must take part too (name or id)
 * @param type an engagement type ({@code meeting}); empty for every type
 * @param status the statuses to keep, judged on the merged entry; empty for every status
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param offset entries to skip
 * @param limit entries to return, 1 to {@value SearchRequest#MAX_LIMIT}
 */
public record EngagementQuery(
    Optional<String> actor,
    Optional<String> with,
    Optional<String> type,
    Set<Status> status,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    int offset,
    int limit) {

  public EngagementQuery {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(with, "with");
    Objects.requireNonNull(type, "type");
    status = Set.copyOf(status);
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

  /** Engagements of any status. */
  public EngagementQuery(Optional<String> actor, Optional<String> with, Optional<String> type,
      Optional<LocalDate> from, Optional<LocalDate> to, int offset, int limit) {
    this(actor, with, type, Set.of(), from, to, offset, limit);
  }

  /** Engagements of one participant (or all), any type and status. */
  public EngagementQuery(Optional<String> actor, Optional<LocalDate> from, Optional<LocalDate> to, int offset, int limit) {
    this(actor, Optional.empty(), Optional.empty(), Set.of(), from, to, offset, limit);
  }

  /** Every engagement, first page. */
  public static EngagementQuery all() {
    return new EngagementQuery(Optional.empty(), Optional.empty(), Optional.empty(), 0, SearchRequest.MAX_LIMIT);
  }

  /** The same query keeping only entries of these statuses (empty: every status). */
  public EngagementQuery withStatus(Set<Status> statuses) {
    return new EngagementQuery(actor, with, type, statuses, from, to, offset, limit);
  }

  /** Whether an entry of this status is kept. */
  boolean keeps(Status s) {
    return status.isEmpty() || status.contains(s);
  }

  /**
   * Statuses as a parameter writes them: one or more JSON forms separated by commas
   * ({@code scheduled,proposed}), any case; blank gives none (every status).
   *
   * @throws InvalidRequestException naming {@code status} for any other word
   */
  public static Set<Status> statuses(String csv) {
    Set<Status> out = EnumSet.noneOf(Status.class);
    for (String word : csv.split(",", -1)) {
      String w = word.strip();
      if (w.isEmpty() && csv.isBlank()) {
        continue;
      }
      try {
        out.add(Status.of(w));
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException("status", "must be one or more of " + choices() + " separated by commas, got "
            + (w.isEmpty() ? "an empty value in '" + csv + "'" : w));
      }
    }
    return out;
  }

  private static String choices() {
    return Arrays.stream(Status.values()).map(Status::json).collect(Collectors.joining(", "))
        .toLowerCase(Locale.ROOT);
  }
}
