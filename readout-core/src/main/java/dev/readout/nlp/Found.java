package dev.readout.nlp;

import java.util.List;
import java.util.Optional;

/**
 * A candidate mention found in one sentence, before it is resolved to an actor: tokens
 * {@code [from, to)} of the sentence.
 *
 * @param kind what the words look like
 * @param from first token
 * @param to token after the last
 * @param name the name as written (a person's name without titles, an organisation's full name,
 *     a country's short name, the role head for a role, the pronoun)
 * @param titles a person's titles
 * @param country ISO code the words tie the mention to (a country, an adjective before a title)
 * @param acronym an organisation's acronym
 */
record Found(
    Kind kind,
    int from,
    int to,
    String name,
    List<String> titles,
    Optional<String> country,
    Optional<String> acronym) {

  enum Kind {
    /** A name with titles before it ({@code Russian Foreign Minister Sergei Lavrov}). */
    TITLED,
    /** A run of capitalised words that is no known country or organisation. */
    CAPS,
    COUNTRY,
    /** A country adjective or demonym outside a person's title ({@code Russian-Chinese}). */
    ADJECTIVE,
    /** A capital city; a metonym for its country unless it is a place in context. */
    CAPITAL,
    ORG,
    /** he, she, his, her, him. */
    PRONOUN,
    /** they, them, their, the two ministers, both sides. */
    GROUP,
    /** the Russian minister, the senior official, his counterpart. */
    ROLE,
    /** a common noun that can head a speaker phrase: a spokesman, officials. */
    SOURCE,
    /** any other subject phrase or pronoun before a speech cue: The Times, 46 percent, they. */
    SUBJECT
  }

  Found {
    titles = List.copyOf(titles);
  }

  static Found of(Kind kind, int from, int to, String name) {
    return new Found(kind, from, to, name, List.of(), Optional.empty(), Optional.empty());
  }

  boolean isPersonLike() {
    return kind == Kind.TITLED || kind == Kind.PRONOUN || kind == Kind.ROLE;
  }
}
