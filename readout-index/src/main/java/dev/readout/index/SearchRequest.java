package dev.readout.index;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A search over articles or statements. Filters match case-insensitively and exactly; a speaker or
 * actor filter takes a canonical name or an actor id.
 *
 * @param query words to find (Lucene simple query syntax: {@code "a phrase"}, {@code -not},
 *     {@code a | b}); blank matches everything
 * @param type what to return
 * @param speaker who said it (a statement's speaker; for articles, any speaker in them)
 * @param actor an actor the hit names
 * @param country an actor's ISO country code
 * @param topic a topic code
 * @param outlet the outlet that carried the article
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param order how hits are ordered
 * @param offset hits to skip, at most {@value #MAX_OFFSET}
 * @param limit hits to return, 1 to {@value #MAX_LIMIT}
 */
public record SearchRequest(
    String query,
    Type type,
    Optional<String> speaker,
    Optional<String> actor,
    Optional<String> country,
    Optional<String> topic,
    Optional<String> outlet,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Order order,
    int offset,
    int limit) {

  public static final int MAX_QUERY_LENGTH = 500;
  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 10_000;

  /** What a search returns. */
  public enum Type {
    ARTICLE,
    STATEMENT
  }

  /** Hit order: by score, or by day. */
  public enum Order {
    RELEVANCE,
    NEWEST,
    OLDEST
  }

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(order, "order");
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new InvalidRequestException("q", "longer than " + MAX_QUERY_LENGTH + " characters");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidRequestException("limit", "must be 1 to " + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new InvalidRequestException("offset", "must be 0 to " + MAX_OFFSET + ", got " + offset);
    }
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new InvalidRequestException("from", from.get() + " is after to " + to.get());
    }
    for (Optional<String> f : java.util.Arrays.asList(speaker, actor, country, topic, outlet)) {
      Objects.requireNonNull(f, "filter");
    }
  }

  /** The first page of articles matching {@code query}, best first, no filters. */
  public static SearchRequest of(String query, Type type) {
    Optional<String> none = Optional.empty();
    return new SearchRequest(
        query, type, none, none, none, none, none, Optional.empty(), Optional.empty(),
        query.isBlank() ? Order.NEWEST : Order.RELEVANCE, 0, 20);
  }

  /** This request with a speaker filter. */
  public SearchRequest withSpeaker(String value) {
    return new SearchRequest(query, type, Optional.of(value), actor, country, topic, outlet, from, to, order, offset, limit);
  }

  /** This request with a topic filter. */
  public SearchRequest withTopic(String value) {
    return new SearchRequest(query, type, speaker, actor, country, Optional.of(value), outlet, from, to, order, offset, limit);
  }

  /** This request in another order. */
  public SearchRequest withOrder(Order value) {
    return new SearchRequest(query, type, speaker, actor, country, topic, outlet, from, to, value, offset, limit);
  }

  /** This request for another page. */
  public SearchRequest withPage(int newOffset, int newLimit) {
    return new SearchRequest(query, type, speaker, actor, country, topic, outlet, from, to, order, newOffset, newLimit);
  }
}
