package dev.readout.nlp;

import dev.readout.model.Mention;
import java.util.List;

/**
 * A candidate mention and what it was resolved to: one actor, several (a group), or none.
 *
 * @param found the candidate
 * @param actors what it refers to; empty when unresolved
 * @param mention its span in the annotated text
 */
record Ref(Found found, List<ActorBuilder> actors, Mention mention) {

  Ref {
    actors = List.copyOf(actors);
  }

  boolean resolved() {
    return !actors.isEmpty();
  }

  ActorBuilder actor() {
    return actors.get(0);
  }

  boolean isPerson() {
    return actors.size() == 1 && actor().isPerson();
  }

  boolean possessive(List<Token> tokens) {
    return found.to() < tokens.size() && tokens.get(found.to()).isPossessive();
  }
}
