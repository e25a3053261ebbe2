package dev.readout.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An actor as a party to an engagement or event: the canonical name and id of an {@link Actor} of
 * the same article, with the country it acts for and its sector.
 *
 * @param name the actor's canonical name
 * @param id the actor's {@link Actor#id()}
 * @param country ISO 3166-1 alpha-2 code of the country it acts for; empty for an intergovernmental
 *     body or when unknown
 * @param sector the part of society it acts for
 */
public record Party(String name, String id, Optional<String> country, Sector sector) {

  public Party {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
  }
}
