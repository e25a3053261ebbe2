package dev.readout.nlp;

import dev.readout.model.Actor;
import dev.readout.model.EngagementType;
import dev.readout.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the engagements one sentence reports: a cue from {@link Frames} ({@code met}, {@code held
 * talks with}, {@code her visit to}), the frame its part of speech selects, the clause around it,
 * the parties in the frame's slots ({@link Clause}), and the status its clause gives it. A pure
 * function of the sentence, its tags and its resolved mentions; new actors for unnamed parties
 * ({@code police chiefs}) are made by the {@link Resolver}, the one owner of actors.
 */
final class Encounters {

  /** An engagement found in a sentence, before its date and place are settled. */
  record Encounter(
      EngagementType type,
      Frames.Frame frame,
      int cueFrom,
      int cueTo,
      int clauseFrom,
      int clauseTo,
      List<ActorBuilder> actors,
      List<ActorBuilder> recipients,
      Optional<String> place,
      Status status) {

    Encounter {
      actors = List.copyOf(actors);
      recipients = List.copyOf(recipients);
    }

    List<ActorBuilder> parties() {
      List<ActorBuilder> all = new ArrayList<>(actors);
      recipients.stream().filter(r -> !all.contains(r)).forEach(all::add);
      return all;
    }
  }

  /**
   * Tokens tagged on each side of the cues. Tagging is most of the stage's cost; twelve tokens hold
   * the parties of nearly every clause (on the gold's tune half, a window of 10 and one of 30 find
   * the same engagements but one), and the tagger, a sequence model, needs a little context.
   */
  private static final int WINDOW = 12;

  private final Frames frames;
  private final Lexicon lex;

  Encounters(Frames frames, Lexicon lex) {
    this.frames = frames;
    this.lex = lex;
  }

  List<Encounter> find(List<Token> t, List<Ref> refs, Resolver resolver) {
    List<int[]> spans = new ArrayList<>();
    List<List<Frames.Frame>> options = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Phrases.Match<List<Frames.Frame>> m = frames.cues.at(t, i);
      if (m != null && !insideName(refs, i) && plausible(m.value(), t, i + m.length()) && nearName(refs, i, i + m.length())) {
        spans.add(new int[] {i, i + m.length()});
        options.add(m.value());
        i += m.length() - 1;
      }
    }
    if (spans.isEmpty()) {
      return List.of();
    }
    int first = Math.max(0, spans.get(0)[0] - WINDOW);
    int last = Math.min(t.size(), spans.get(spans.size() - 1)[1] + WINDOW);
    Clause clause = new Clause(t, PosTags.tag(t, first, last), refs, lex, resolver, frames);
    List<Encounter> out = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      int from = spans.get(k)[0];
      int to = spans.get(k)[1];
      Optional<Frames.Frame> frame = choose(options.get(k), clause, from);
      frame.flatMap(f -> encounter(f, clause, from, to)).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The frame the cue's part of speech selects: a verb frame for a verb, a noun frame for a noun. A
   * cue that only verb frames know ({@code met}) stays a verb whatever the tagger says; one that
   * only noun frames know ({@code call}) is dropped when tagged as a verb ({@code call for}).
   */
  private static Optional<Frames.Frame> choose(List<Frames.Frame> frames, Clause c, int from) {
    boolean verbs = frames.stream().anyMatch(Frames.Frame::verb);
    boolean nouns = frames.stream().anyMatch(f -> !f.verb());
    boolean verb = verbs && (!nouns || c.isVerb(from)); // a phrase cue by its first word: held talks
    if (!verbs && c.isVerb(from)) {
      return Optional.empty();
    }
    return frames.stream().filter(f -> f.verb() == verb).findFirst();
  }

  private Optional<Encounter> encounter(Frames.Frame f, Clause c, int from, int to) {
    int start = c.start(from);
    int end = c.end(to);
    Optional<Frames.Modality> mod = c.modality(frames.modality, start, from, to, end);
    if (mod.isPresent() && mod.get() == Frames.Modality.OUT) {
      return Optional.empty();
    }
    Set<ActorBuilder> actors = new LinkedHashSet<>();
    Set<ActorBuilder> recipients = new LinkedHashSet<>();
    Set<ActorBuilder> named = new LinkedHashSet<>();
    Optional<String> place = Optional.empty();
    for (Frames.Rule r : f.rules()) {
      Clause.Filler filler = c.fill(r.slot(), f.verb(), start, from, to, end);
      if (r.mediaOnly() && !filler.parties().stream().allMatch(frames::outlet)) {
        continue;
      }
      if (!filler.phrase()) {
        filler.parties().stream().filter(a -> a.kind != Actor.Kind.PLACE).forEach(named::add);
      }
      switch (r.role()) {
        case ACTOR -> actors.addAll(filler.parties());
        case RECIPIENT -> recipients.addAll(filler.parties());
        case PLACE -> place = place.isPresent() || filler.parties().size() > 1 ? place : filler.place();
      }
      if (r.role() == Frames.Role.RECIPIENT && f.type() == EngagementType.VISIT && filler.parties().isEmpty()) {
        filler.placeCountry().ifPresent(recipients::add);
      }
    }
    if (f.type() == EngagementType.INTERVIEW) {
      if (f.verb() && recipients.stream().noneMatch(frames::outlet)) {
        return Optional.empty(); // told reporters, spoke to a rally: no interview
      }
      recipients.stream().filter(r -> !frames.outlet(r)).forEach(actors::add); // an interview with the minister
      recipients.removeIf(r -> !frames.outlet(r));
    }
    recipients.removeAll(actors);
    if (named.isEmpty() || !enough(f.type(), actors, recipients) || !fitting(f.type(), actors, recipients)) {
      return Optional.empty();
    }
    Status status = mod.map(Frames.Modality::status).orElse(Status.HAPPENED);
    EngagementType type = f.type() == EngagementType.MEETING && actors.stream().anyMatch(Encounters::body)
        ? EngagementType.MULTILATERAL_MEETING : f.type();
    return Optional.of(new Encounter(type, f, from, to, start, end, List.copyOf(actors), List.copyOf(recipients), place, status));
  }

  /**
   * An engagement needs its parties: two for an encounter between parties, one for a press
   * conference, a joint statement or a meeting of a body (the caller checks that one of them is a
   * named actor, not a bare phrase).
   */
  private static boolean enough(EngagementType type, Set<ActorBuilder> actors, Set<ActorBuilder> recipients) {
    int needed = switch (type) {
      case PRESS_CONFERENCE, MULTILATERAL_MEETING, JOINT_STATEMENT, INTERVIEW -> 1;
      default -> 2;
    };
    return actors.size() + recipients.size() >= needed && !actors.isEmpty();
  }

  /**
   * A summit of one party needs that party to be a body ({@code the Security Council}), not one
   * person or country; a press conference is given by a person or an organisation, not a country.
   */
  private static boolean fitting(EngagementType type, Set<ActorBuilder> actors, Set<ActorBuilder> recipients) {
    boolean lone = actors.size() + recipients.size() == 1;
    return switch (type) {
      case MULTILATERAL_MEETING -> !lone || actors.iterator().next().kind == Actor.Kind.ORGANIZATION;
      case PRESS_CONFERENCE -> actors.stream().anyMatch(a -> a.kind == Actor.Kind.PERSON || a.kind == Actor.Kind.ORGANIZATION);
      default -> true;
    };
  }

  /** An intergovernmental body: an organisation that acts for no one country ({@code the SCO}). */
  private static boolean body(ActorBuilder a) {
    return a.kind == Actor.Kind.ORGANIZATION && a.country.isEmpty();
  }



  /**
   * A cue whose only frames need a news outlet after it ({@code told}) is worth tagging only when a
   * capitalised word follows within two tokens ({@code told CNN}, {@code told the BBC}), not
   * {@code told reporters}; the tagger is the stage's main cost.
   */
  private static boolean plausible(List<Frames.Frame> frames, List<Token> t, int after) {
    boolean outletOnly = frames.stream().allMatch(f -> f.rules().stream().anyMatch(Frames.Rule::mediaOnly));
    if (!outletOnly) {
      return true;
    }
    for (int k = after; k < Math.min(t.size(), after + 2); k++) {
      if (t.get(k).isCapitalised()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name lies within the tagging window of a cue: without one, no engagement can have a named party. */
  private static boolean nearName(List<Ref> refs, int from, int to) {
    for (Ref r : refs) {
      if ((r.resolved() || r.found().kind() == Found.Kind.CAPS) && r.found().to() > from - WINDOW && r.found().from() < to + WINDOW) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideName(List<Ref> refs, int i) {
    for (Ref r : refs) {
      if (r.found().from() <= i && i < r.found().to() && r.found().kind() != Found.Kind.SOURCE
          && r.found().kind() != Found.Kind.SUBJECT && r.found().kind() != Found.Kind.ROLE) {
        return true;
      }
    }
    return false;
  }
}
