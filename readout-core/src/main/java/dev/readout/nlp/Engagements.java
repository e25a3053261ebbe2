package dev.readout.nlp;

import dev.readout.model.Actor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds engagements in one sentence or caption: a trigger phrase from {@code engagements.tsv}
 * ({@code phone conversation}, {@code talks with}, {@code visited}) and its participants, which
 * are the owner of a possessive trigger ({@code their talks}), else the clause's agent (the first
 * actor of the sentence, with whoever is joined to it by {@code and}) plus the actors named after
 * the trigger ({@code with X}, {@code between X and Y}, {@code of the SCO}). An engagement needs
 * two participants; a visit's destination country counts as one.
 */
final class Engagements {

  /** An engagement found in a sentence, before dates and places are settled. */
  record Found(
      String type, String cameo, List<ActorBuilder> participants, int trigger, int windowEnd, Optional<String> place) {}

  private static final Set<String> BLOCKING_PREPOSITIONS =
      Set.of("in", "at", "of", "to", "from", "with", "between", "by", "on", "for", "about", "against");
  private static final Set<String> PERSONAL_TYPES = Set.of("phone_call", "interview", "press_conference");

  private final Lexicon lex;

  Engagements(Lexicon lex) {
    this.lex = lex;
  }

  List<Found> find(List<Token> t, List<Ref> refs, List<ActorBuilder> speakers, Resolver resolver) {
    List<Found> out = new ArrayList<>();
    List<int[]> triggers = new ArrayList<>();
    List<Lexicon.Trigger> kinds = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Phrases.Match<Lexicon.Trigger> m = lex.triggers.at(t, i);
      if (m != null && !insideRef(refs, i)) {
        triggers.add(new int[] {i, i + m.length()});
        kinds.add(m.value());
        i += m.length() - 1;
      }
    }
    if (!triggers.isEmpty()) {
      refs = refs.stream().map(r -> asPerson(t, r, resolver)).toList();
    }
    for (int k = 0; k < triggers.size(); k++) {
      if (planned(t, triggers.get(k)[0]) || plannedAfter(t, triggers.get(k)[1])) {
        continue;
      }
      int next = k + 1 < triggers.size() ? triggers.get(k + 1)[0] : t.size();
      Found f = one(t, refs, speakers, resolver, kinds.get(k), triggers.get(k)[0], triggers.get(k)[1], next);
      if (f != null && out.stream().noneMatch(o -> o.type().equals(f.type()))) {
        out.add(f);
      }
    }
    return out;
  }

  private static final Set<String> PLANNED =
      Set.of("will", "would", "may", "might", "could", "shall", "should", "plans", "plan", "planned",
          "planning", "expected", "intends", "hopes", "proposed", "possible", "invited", "due",
          "scheduled", "agreed", "wants", "ready", "willing", "next", "upcoming", "forthcoming",
          "call", "calls", "called", "calling", "urged", "urge", "demanded", "requested", "request", "sought",
          "seek", "seeking", "if", "unless", "cancelled", "canceled", "postponed", "refused",
          "rejected", "no", "not", "never", "suggestions", "possibility", "ahead", "prepare", "prepares");

  /** Whether the words before a trigger make it a plan rather than a report ({@code will visit}). */
  private static boolean planned(List<Token> t, int trigger) {
    for (int k = Math.max(0, trigger - 5); k < trigger; k++) {
      if (PLANNED.contains(t.get(k).lower()) || t.get(k).is(",") && k < trigger - 1) {
        if (t.get(k).is(",")) {
          continue;
        }
        return true;
      }
    }
    if (trigger > 0 && PASSIVE.contains(t.get(trigger - 1).lower())) {
      return true; // "had been met with advice": not a meeting
    }
    return trigger > 0 && t.get(trigger - 1).is("to");
  }

  /** {@code talks on the crisis would be held}: a plan stated after the trigger. */
  private static boolean plannedAfter(List<Token> t, int end) {
    for (int k = end; k < Math.min(t.size() - 1, end + 5); k++) {
      String w = t.get(k).lower();
      if ((w.equals("will") || w.equals("would")) && t.get(k + 1).is("be")) {
        return true;
      }
      if (t.get(k).is(",") || t.get(k).is(".")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> PASSIVE = Set.of("been", "be", "being", "is", "was", "were", "are");

  /**
   * An unresolved run of two or three capitalised words next to an engagement trigger is taken
   * for a person's name ({@code Wang Yi and Sergei Lavrov spoke by phone}); elsewhere such runs
   * stay unresolved, as they are as often places or events.
   */
  private static Ref asPerson(List<Token> t, Ref r, Resolver resolver) {
    int n = r.found().to() - r.found().from();
    if (r.resolved() || r.found().kind() != dev.readout.nlp.Found.Kind.CAPS || n < 2 || n > 3) {
      return r;
    }
    for (int k = r.found().from(); k < r.found().to(); k++) {
      String w = t.get(k).text();
      if (EntityFinder.ORG_HEADS.contains(w) || EntityFinder.THING_HEADS.contains(w)
          || w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
        return r;
      }
    }
    return new Ref(r.found(), List.of(resolver.person(r.found().name(), List.of(), Optional.empty())), r.mention());
  }

  private static boolean insideRef(List<Ref> refs, int i) {
    return refs.stream()
        .filter(r -> r.found().kind() != dev.readout.nlp.Found.Kind.GROUP && r.found().kind() != dev.readout.nlp.Found.Kind.PRONOUN)
        .anyMatch(r -> r.found().from() <= i && i < r.found().to());
  }

  private Found one(
      List<Token> t, List<Ref> refs, List<ActorBuilder> speakers, Resolver resolver, Lexicon.Trigger trig,
      int from, int to, int next) {
    int windowEnd = windowEnd(t, to, next);
    Set<ActorBuilder> parts = new LinkedHashSet<>();
    List<ActorBuilder> destinations = new ArrayList<>();
    Ref owner = owner(t, refs, from);
    if (trig.type().equals("interview") && !speakers.isEmpty()) {
      parts.addAll(speakers); // Wang told Xinhua in an interview: the speaker is interviewed
    } else if (owner != null) {
      parts.addAll(owner.actors());
    } else {
      parts.addAll(agent(t, refs, from));
    }
    Optional<String> place = Optional.empty();
    Ref last = null;
    for (Ref r : refs) {
      if (r.found().from() < to || r.found().from() >= windowEnd || !r.resolved()) {
        continue;
      }
      ActorBuilder a = r.actor();
      if (a.kind == Actor.Kind.PLACE || r.found().kind() == dev.readout.nlp.Found.Kind.CAPITAL && isPlaceUse(t, r)) {
        if (isVenue(t, r, trig.type()) && place.isEmpty()) {
          place = Optional.of(a.name);
        }
        if (trig.type().equals("visit") && (r.found().from() == to || linked(t, r, last))) {
          destinations.add(a);
        }
      } else if (a.kind == Actor.Kind.COUNTRY && r.found().kind() == dev.readout.nlp.Found.Kind.ADJECTIVE) {
        continue;
      } else if (a.kind == Actor.Kind.COUNTRY) {
        if (linked(t, r, last)) {
          parts.add(a);
          if (trig.type().equals("visit")) {
            destinations.add(a);
          }
        }
      } else if (determiner(t, r) || PERSONAL.contains(trig.type()) && !withLink(t, r, last, parts)) {
        continue;
      } else if (!r.possessive(t) && (!trig.type().equals("visit") || r.found().from() == to
          || last != null && linked(t, r, last) && last.resolved() && parts.contains(last.actor()))) {
        parts.addAll(r.actors());
      }
      last = r;
    }
    String type = trig.type();
    if (type.equals("visit") && destinations.size() == 1) {
      place = Optional.of(destinations.get(0).name);
      destinations.get(0).country.filter(x -> destinations.get(0).kind == Actor.Kind.PLACE)
          .ifPresent(code -> parts.add(resolver.country(code)));
    } else if (type.equals("visit")) {
      place = Optional.empty();
    }
    if (type.equals("interview")) {
      for (Ref r : refs) {
        int f = r.found().from();
        boolean near = f < from && from - r.found().to() <= 3 || f > 0 && t.get(f - 1).lower().equals("told");
        if (near && r.resolved() && r.actor().kind == Actor.Kind.ORGANIZATION) {
          parts.add(r.actor()); // told Xinhua in an interview
        }
      }
    }

    boolean hasOrg = parts.stream().anyMatch(a -> a.kind == Actor.Kind.ORGANIZATION);
    if (type.equals("multilateral_meeting") && !hasOrg) {
      type = "meeting";
    }
    if (PERSONAL_TYPES.contains(type) && parts.stream().noneMatch(ActorBuilder::isPerson)) {
      return null;
    }
    if (parts.size() < 2) {
      return null;
    }
    return new Found(type, trig.cameo(), List.copyOf(parts), from, windowEnd, place);
  }

  private static final Set<String> PLACE_VERBS = Set.of("visited", "visiting", "visit", "toured", "visits");
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "his", "her", "their", "its", "two", "three", "other", "several");
  private static final Set<String> LINKS =
      Set.of("with", "between", "and", "to", "visited", "visiting", "visit", "toured", ",");

  /** A country named after a trigger takes part when linked to it ({@code talks with Russia}). */
  private static boolean linked(List<Token> t, Ref r, Ref last) {
    int f = r.found().from();
    if (f == 0 || !LINKS.contains(t.get(f - 1).lower())) {
      return false;
    }
    boolean afterPlace = last != null && last.found().to() == f - 1 && last.resolved()
        && last.actor().kind == Actor.Kind.PLACE;
    return !afterPlace;
  }

  private static final Set<String> PERSONAL = Set.of("interview", "press_conference");

  /** An interview or press conference is with X, not with whoever the sentence names after it. */
  private static boolean withLink(List<Token> t, Ref r, Ref last, Set<ActorBuilder> parts) {
    int f = r.found().from();
    String p = f > 0 ? t.get(f - 1).lower() : "";
    return p.equals("with") || p.equals("by") || (p.equals("and") || p.equals(",")) && last != null
        && last.resolved() && parts.contains(last.actor());
  }

  /** A possessive pronoun before a noun ({@code his teammates}) names no participant. */
  private static boolean determiner(List<Token> t, Ref r) {
    String w = r.found().name();
    if (r.found().kind() == dev.readout.nlp.Found.Kind.GROUP && w.equals("their") || w.equals("his")) {
      return true;
    }
    int next = r.found().to();
    return w.equals("her") && next < t.size() && t.get(next).isWord() && !t.get(next).isCapitalised()
        && !BLOCKING_PREPOSITIONS.contains(t.get(next).lower()) && !t.get(next).is("and");
  }

  private static boolean isPlaceUse(List<Token> t, Ref r) {
    int f = r.found().from();
    return f > 0 && (t.get(f - 1).is("in") || t.get(f - 1).is("at") || t.get(f - 1).is("to"));
  }

  /** Whether a place named after a trigger is where it happened: {@code in Moscow}, {@code at Geneva}. */
  private static boolean isVenue(List<Token> t, Ref r, String type) {
    int f = r.found().from();
    String p = f > 0 ? t.get(f - 1).lower() : "";
    return p.equals("in") || p.equals("at") || type.equals("visit") && (p.equals("to") || f > 0 && PLACE_VERBS.contains(p));
  }

  /** Where the words about a trigger end: a clause break, a semicolon, the next trigger. */
  private static int windowEnd(List<Token> t, int to, int next) {
    for (int k = to; k < Math.min(next, to + 16); k++) {
      Token w = t.get(k);
      if (w.is(";") || w.is(".") || Content.isQuote(w)) {
        return k;
      }
      if ((w.is("and") || w.is("but")) && k + 1 < t.size() && t.get(k + 1).isWord()
          && !t.get(k + 1).isCapitalised() && !DETERMINERS.contains(t.get(k + 1).lower())) {
        return k; // met Tillerson and vowed to punish ...: a second clause
      }
      if (w.is(",") && k + 1 < t.size()) {
        Token n = t.get(k + 1);
        boolean continues = n.isCapitalised() || n.is("and") || n.lower().equals("his") || n.lower().equals("her")
            || n.lower().equals("their");
        if (!continues) {
          return k;
        }
      }
    }
    return Math.min(next, Math.min(t.size(), to + 16));
  }

  /** The possessor right before a trigger: {@code Lavrov's annual press conference}, {@code their talks}. */
  private static Ref owner(List<Token> t, List<Ref> refs, int from) {
    for (Ref r : refs) {
      int end = r.found().to();
      if (end > from) {
        break;
      }
      boolean poss = r.possessive(t) || r.found().name().equals("their") || r.found().name().equals("his")
          || r.found().name().equals("her");
      int gapStart = r.possessive(t) ? end + 1 : end;
      if (poss && r.resolved() && gapStart <= from && from - gapStart <= 2 && allLower(t, gapStart, from)) {
        return r;
      }
    }
    return null;
  }

  private static boolean allLower(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.get(k).isWord() || t.get(k).isCapitalised()) {
        return false;
      }
    }
    return true;
  }

  /** The first actor of the sentence before the trigger, with those joined to it by "and". */
  private static List<ActorBuilder> agent(List<Token> t, List<Ref> refs, int trigger) {
    List<ActorBuilder> out = new ArrayList<>();
    Ref prev = null;
    for (Ref r : refs) {
      if (r.found().from() >= trigger) {
        break;
      }
      if (prev == null) {
        if (isAgent(t, r)) {
          out.addAll(r.actors());
          prev = r;
        }
      } else if (joined(t, prev.found().to(), r.found().from()) && isAgent(t, r)) {
        out.addAll(r.actors());
        prev = r;
      } else {
        break;
      }
    }
    return out;
  }

  private static boolean isAgent(List<Token> t, Ref r) {
    if (!r.resolved() || r.possessive(t) || r.found().kind() == dev.readout.nlp.Found.Kind.ADJECTIVE) {
      return false;
    }
    if (r.actors().size() == 1 && r.actor().kind == Actor.Kind.PLACE) {
      return false;
    }
    int f = r.found().from();
    return f == 0 || !BLOCKING_PREPOSITIONS.contains(t.get(f - 1).lower());
  }

  /** Whether only "and", a comma or a bracketed aside separate two mentions. */
  static boolean joined(List<Token> t, int a, int b) {
    boolean and = false;
    int depth = 0;
    for (int k = a; k < b; k++) {
      String s = t.get(k).text();
      if (s.equals("(")) {
        depth++;
      } else if (s.equals(")")) {
        depth--;
      } else if (depth == 0 && (s.equals("and") || s.equals(","))) {
        and = true;
      } else if (depth == 0) {
        return false;
      }
    }
    return and;
  }
}
