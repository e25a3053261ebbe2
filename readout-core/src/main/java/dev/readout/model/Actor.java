package dev.readout.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone or something an article talks about, with every mention resolved to it.
 *
 * @param id stable id: kind plus normalised canonical name ({@code person:wang-yi})
 * @param name canonical name: a person's full name, an organisation's full name, a place name
 * @param kind what it is
 * @param titles a person's titles as stated ({@code State Councilor}, {@code Foreign Minister})
 * @param country ISO 3166-1 alpha-2 code of the actor's country, if known
 * @param acronym an organisation's acronym ({@code SCO})
 * @param mentions every mention in the body, in order
 */
public record Actor(
    String id,
    String name,
    Kind kind,
    List<String> titles,
    Optional<String> country,
    Optional<String> acronym,
    List<Mention> mentions) {

  /** The kinds of actor. */
  public enum Kind {
    PERSON,
    ORGANIZATION,
    COUNTRY,
    PLACE;

    /** The JSON form: lower case. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    titles = List.copyOf(titles);
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(acronym, "acronym");
    mentions = List.copyOf(mentions);
  }
}
