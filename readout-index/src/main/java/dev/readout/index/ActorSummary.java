package dev.readout.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An actor across the corpus.
 *
 * @param id actor id ({@code person:wang-yi})
 * @param name canonical name
 * @param kind {@code person, organization, country, place}
 * @param titles titles as first stated
 * @param country ISO country code, if known
 * @param articles articles that name the actor
 * @param statements statements the actor made
 */
public record ActorSummary(
    String id, String name, String kind, List<String> titles, Optional<String> country, long articles, long statements) {

  public ActorSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    titles = List.copyOf(titles);
    Objects.requireNonNull(country, "country");
  }
}
