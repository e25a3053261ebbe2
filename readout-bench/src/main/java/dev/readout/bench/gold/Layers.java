package dev.readout.bench.gold;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One story's three layers in a form both sides of a comparison share: the gold (an annotator's
 * resolved file) and a prediction (Readout's output, or a second annotator's file). Spans are
 * UTF-16 offsets into the story text.
 */
record Layers(String story, List<Engagement> engagements, List<Statement> statements, List<Event> events) {

  Layers {
    Objects.requireNonNull(story, "story");
    engagements = List.copyOf(engagements);
    statements = List.copyOf(statements);
    events = List.copyOf(events);
  }

  /**
   * An actor as a party to an item: its canonical name, other names the story uses, the system's
   * id when it has one ({@code person:wang-yi}), its country, and whether it is a country or its
   * government acting as a whole.
   */
  record Party(String name, List<String> aliases, Optional<String> id, Optional<String> country, boolean state) {
    Party {
      Objects.requireNonNull(name, "name");
      aliases = List.copyOf(aliases);
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(country, "country");
    }
  }

  /** An engagement: type as annotated ({@code meeting}, {@code phone_call}, ...). */
  record Engagement(
      String type, List<Party> actors, List<Party> recipients, Optional<String> date, Optional<String> place,
      Span evidence) {
    Engagement {
      Objects.requireNonNull(type, "type");
      actors = List.copyOf(actors);
      recipients = List.copyOf(recipients);
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(evidence, "evidence");
    }

    List<Party> participants() {
      return java.util.stream.Stream.concat(actors.stream(), recipients.stream()).toList();
    }
  }

  /** A statement; an empty speaker is an anonymous or unresolved one. */
  record Statement(Optional<Party> speaker, Span content) {
    Statement {
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(content, "content");
    }
  }

  /** A PLOVER event; {@code sentence} is the sentence that carries it (the evidence when unknown). */
  record Event(
      String type, boolean negated, List<Party> actors, List<Party> recipients, Span evidence, Span sentence) {
    Event {
      Objects.requireNonNull(type, "type");
      actors = List.copyOf(actors);
      recipients = List.copyOf(recipients);
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(sentence, "sentence");
    }
  }
}
