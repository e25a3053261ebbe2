package dev.readout.nlp;

import dev.readout.model.Actor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One sentence seen for its clauses: part-of-speech tags, where clauses start and end, and the
 * parties that sit in a frame's slots around a cue. Built once per sentence that carries a cue.
 */
final class Clause {

  /**
   * What a slot holds: its parties, whether they are only a common-noun phrase ({@code police
   * chiefs}) rather than named actors, and the place it names.
   */
  record Filler(List<ActorBuilder> parties, boolean phrase, Optional<String> place, Optional<ActorBuilder> placeCountry) {
    static final Filler NONE = new Filler(List.of(), false, Optional.empty(), Optional.empty());

    Filler {
      parties = List.copyOf(parties);
    }
  }

  private static final Set<Upos> NOMINAL =
      EnumSet.of(Upos.DET, Upos.ADJ, Upos.NUM, Upos.NOUN, Upos.PROPN, Upos.PRON, Upos.PART, Upos.PUNCT);
  private static final Set<Upos> SKIPPABLE = EnumSet.of(Upos.DET, Upos.ADJ, Upos.NUM, Upos.ADV);
  /** What may stand between a subject and its verb: adverbs, auxiliaries, particles, a time phrase. */
  private static final Set<Upos> ADJACENT = EnumSet.of(Upos.ADV, Upos.AUX, Upos.PART, Upos.ADJ, Upos.NOUN, Upos.DET);

  private final List<Token> t;
  private final Upos[] tags;
  private final Ref[] refAt;
  private final Ref[] refEnd;
  private final Lexicon lex;
  private final Resolver resolver;
  private final Set<String> startWords;
  private final Set<String> endWords;
  private final Phrases<Boolean> ledBy;

  Clause(List<Token> t, Upos[] tags, List<Ref> refs, Lexicon lex, Resolver resolver, Frames frames) {
    this.t = t;
    this.tags = tags;
    this.lex = lex;
    this.resolver = resolver;
    this.startWords = frames.clauseStarts;
    this.endWords = frames.clauseEnds;
    this.ledBy = frames.leaders;
    this.refAt = new Ref[t.size()];
    this.refEnd = new Ref[t.size()];
    for (Ref r : refs) {
      Ref usable = usable(r);
      if (usable != null && refAt[r.found().from()] == null) {
        refAt[r.found().from()] = usable;
        refEnd[r.found().to() - 1] = usable;
      }
    }
  }

  /**
   * A mention that can be a party: a resolved one, or an unresolved run of two or three proper
   * nouns (not an acronym), taken for a person's name ({@code Naghmeh Abedini}); a lone unknown
   * capitalised word ({@code Labour}, {@code English}) is too often no one.
   */
  private Ref usable(Ref r) {
    if (r.resolved()) {
      return r;
    }
    int n = r.found().to() - r.found().from();
    if (r.found().kind() != Found.Kind.CAPS || n < 2 || n > 3) {
      return null;
    }
    int last = r.found().to() - 1;
    for (int k = r.found().from(); k <= last; k++) {
      if (t.get(k).text().equals(t.get(k).text().toUpperCase(java.util.Locale.ROOT))) {
        return null; // an acronym: an organisation more likely than a person
      }
    }
    if (tags[last] != Upos.PROPN) {
      return null;
    }
    return new Ref(r.found(), List.of(resolver.person(r.found().name(), List.of(), Optional.empty())), r.mention());
  }

  boolean isVerb(int i) {
    return tags[i] == Upos.VERB || tags[i] == Upos.AUX;
  }

  /** The first token of the clause that holds token {@code i}. */
  int start(int i) {
    for (int k = i - 1; k > 0; k--) {
      if (startWords.contains(t.get(k).lower()) || speechBoundary(k)) {
        return k + 1;
      }
    }
    return 0;
  }

  /** The token after the last of the clause that holds token {@code i}. */
  int end(int i) {
    for (int k = i; k < t.size(); k++) {
      String w = t.get(k).lower();
      if (endWords.contains(w)) {
        return k;
      }
      if (t.get(k).is(Mark.COMMA) && k + 1 < t.size() && endWords.contains(t.get(k + 1).lower())) {
        return k;
      }
    }
    return t.size();
  }

  /** A speech cue that opens a reported clause: {@code said that ...}, {@code said X ...}. */
  private boolean speechBoundary(int k) {
    Phrases.Match<Lexicon.Cue> m = lex.cues.at(t, k);
    if (m == null || k + m.length() >= t.size()) {
      return false;
    }
    int next = k + m.length();
    return tags[next] == Upos.SCONJ || refAt[next] != null && !afterPreposition(next) || tags[next] == Upos.PRON;
  }

  /**
   * The strongest status word in the words that govern the cue: up to six tokens before it in its
   * clause, not across a comma ({@code is due to meet}, {@code would hold an emergency meeting}),
   * or the few right after it ({@code talks would be held}).
   */
  Optional<Frames.Modality> modality(Phrases<Frames.Modality> words, int start, int from, int to, int end) {
    int first = Math.max(start, from - 6);
    for (int k = from - 1; k >= first; k--) {
      if (t.get(k).is(Mark.COMMA)) {
        first = k + 1;
        break;
      }
    }
    Frames.Modality best = null;
    for (int k = first; k < Math.min(end, to + 4); k++) {
      if (k >= from && k < to || k >= to && t.get(k).is(Mark.COMMA)) {
        if (k >= to) {
          break;
        }
        continue;
      }
      Phrases.Match<Frames.Modality> m = words.at(t, k);
      if (m != null && (best == null || m.value().ordinal() < best.ordinal())) {
        best = m.value();
      }
    }
    return Optional.ofNullable(best);
  }

  /** The parties in a slot of the cue {@code [from, to)} whose clause is {@code [start, end)}. */
  Filler fill(Frames.Slot slot, boolean verbCue, int start, int from, int to, int end) {
    return switch (slot) {
      case SUBJ -> subjectOrFronted(start, verbCue ? from : governor(start, from), to, end);
      case OBJ -> verbCue ? phraseAt(skip(to, end), end, true) : Filler.NONE;
      case POSS -> possessor(start, from);
      case PRE -> premodifiers(start, from);
      default -> prepositional(slot.preposition().orElseThrow(), to, end);
    };
  }

  /** The verb a noun cue depends on ({@code held} in {@code held three rounds of talks}), or the cue itself. */
  private int governor(int start, int from) {
    for (int k = from - 1; k >= start; k--) {
      if (isVerb(k)) {
        return k;
      }
      if (!NOMINAL.contains(tags[k]) && tags[k] != Upos.ADP) {
        return from;
      }
    }
    return from;
  }

  /**
   * The subject; for a cue in a phrase set off at the head of the sentence ({@code Speaking to CNN,
   * Moon said}; {@code In an interview with Reuters, Lyng said}), the mention group after its comma.
   */
  private Filler subjectOrFronted(int start, int v, int to, int end) {
    Filler f = subject(start, v);
    if (!f.parties().isEmpty() || hasRefBefore(start, v)) {
      return f;
    }
    for (int k = to; k < end - 1; k++) {
      if (t.get(k).is(Mark.COMMA)) {
        int r = skip(k + 1, end);
        return r < end && refAt[r] != null ? group(r, end) : Filler.NONE;
      }
    }
    return Filler.NONE;
  }

  /**
   * The clause's subject before token {@code v}: the mention group that ends right before the verb
   * (adverbs and auxiliaries aside: {@code Wang told}, {@code Funaro and Gros last week visited}),
   * else the clause's first mention group not inside a prepositional phrase ({@code Seixas,
   * director of the bank's department, met}).
   */
  private Filler subject(int start, int v) {
    int k = v - 1;
    while (k >= start && k >= v - 4 && refEnd[k] == null && ADJACENT.contains(tags[k])) {
      k--;
    }
    if (k >= start && refEnd[k] != null && !afterPreposition(refEnd[k].found().from())) {
      int first = refEnd[k].found().from();
      while (true) {
        int j = first - 1;
        while (j > start && j >= first - 4 && (tags[j] == Upos.NOUN || tags[j] == Upos.ADJ)) {
          j--; // central bank president Francisco Gros
        }
        if (j - 1 >= start && (lex.isLower(t.get(j), Lexicon.Word.AND) || t.get(j).is(Mark.COMMA)) && refEnd[j - 1] != null) {
          first = refEnd[j - 1].found().from();
        } else {
          break;
        }
      }
      if (first >= start && refAt[first] != null) {
        return group(first, v);
      }
    }
    for (k = start; k < v; k++) {
      if (refAt[k] != null && !afterPreposition(k) && !possessiveModifier(refAt[k])) {
        return group(k, v);
      }
    }
    return Filler.NONE;
  }

  private boolean hasRefBefore(int start, int k) {
    for (int j = start; j < k; j++) {
      if (refAt[j] != null) {
        return true;
      }
    }
    return false;
  }

  private boolean afterPreposition(int k) {
    int j = k - 1;
    while (j >= 0 && (tags[j] == Upos.DET || tags[j] == Upos.ADJ)) {
      j--;
    }
    return j >= 0 && tags[j] == Upos.ADP;
  }

  private boolean possessiveModifier(Ref r) {
    int e = r.found().to();
    return e < t.size() && t.get(e).isPossessive() && e + 1 < t.size() && tags[e + 1] == Upos.NOUN;
  }

  /** The possessor of a noun cue: {@code Lavrov's visit}, {@code his trip}, {@code their talks}. */
  private Filler possessor(int start, int from) {
    int k = from - 1;
    while (k > start && (tags[k] == Upos.ADJ || tags[k] == Upos.NUM || t.get(k).is(Mark.HYPHEN))) {
      k--;
    }
    if (k < start || k < 0) {
      return Filler.NONE;
    }
    if (t.get(k).isPossessive()) {
      for (int j = k - 1; j >= Math.max(0, k - 6); j--) {
        if (refAt[j] != null && refAt[j].found().to() == k) {
          return of(List.of(refAt[j]));
        }
      }
      return Filler.NONE;
    }
    return refAt[k] != null && refAt[k].found().to() == k + 1 && tags[k] == Upos.PRON ? of(List.of(refAt[k])) : Filler.NONE;
  }

  /** Names and adjectives right before a noun cue: {@code Reagan-Gorbachev summit}, {@code her Soviet trip}. */
  private Filler premodifiers(int start, int from) {
    List<Ref> found = new ArrayList<>();
    int k = from - 1;
    while (k >= start && k >= from - 4 && (tags[k] == Upos.PROPN || tags[k] == Upos.ADJ || tags[k] == Upos.NOUN
        || t.get(k).is(Mark.HYPHEN) || t.get(k).is(Mark.EN_DASH))) {
      if (refAt[k] != null && refAt[k].found().to() <= from) {
        found.add(0, refAt[k]);
      }
      k--;
    }
    return of(found);
  }

  /** The noun phrase after the first {@code preposition} following the cue in its clause. */
  private Filler prepositional(String preposition, int to, int end) {
    for (int k = to; k < Math.min(end, to + 16); k++) {
      if (t.get(k).lower().equals(preposition) && k + 1 < end) {
        return phraseAt(skip(k + 1, end), end, false);
      }
      if (k > to && isVerb(k)) {
        return Filler.NONE;
      }
    }
    return Filler.NONE;
  }

  /** Skips determiners, adjectives, numbers, adverbs and possessive pronouns ({@code his Russian counterpart}). */
  private int skip(int k, int end) {
    while (k < end && refAt[k] == null
        && (SKIPPABLE.contains(tags[k]) || tags[k] == Upos.PRON && k + 1 < end && tags[k + 1] != Upos.ADP
            && tags[k + 1] != Upos.PUNCT && tags[k + 1] != Upos.VERB)) {
      k++;
    }
    return k;
  }

  /**
   * The party or parties named at token {@code k}: a mention group, or a common-noun phrase; right
   * after a verb only one headed by a noun for people ({@code met police chiefs}; not {@code met the
   * requirements}), after a preposition any ({@code talks with the rebels}).
   */
  private Filler phraseAt(int k, int end, boolean people) {
    if (k >= end) {
      return Filler.NONE;
    }
    if (refAt[k] != null) {
      int after = refAt[k].found().to();
      boolean modifier = after < end && (tags[after] == Upos.NOUN || tags[after] == Upos.PROPN);
      return modifier ? Filler.NONE : group(k, end); // the Beijing Winter Olympic Games: Beijing is no party
    }
    int j = nounPhraseEnd(k, end);
    if (j == k || tags[j - 1] != Upos.NOUN || people && !person(t.get(j - 1).text())) {
      return Filler.NONE;
    }
    int led = ledBy(j, end);
    if (led >= 0) {
      return group(led, end);
    }
    if (j + 1 < end && t.get(j).is(Mark.COMMA) && refAt[j + 1] != null && refAt[j + 1].isPerson()) {
      return group(j + 1, end); // his Russian counterpart, Vladimir Putin
    }
    if (j + 1 < end && lex.isLower(t.get(j), Lexicon.Word.OF)) {
      int r = skip(j + 1, end);
      if (r < end && refAt[r] != null) {
        return group(r, end); // foreign ministers of the SCO: the body stands for them
      }
    }
    ActorBuilder party = resolver.source(EntityFinder.text(t, k, j), false);
    return new Filler(List.of(party), true, Optional.empty(), Optional.empty());
  }

  /** The end of the common-noun phrase at {@code k}, across {@code and} ({@code government and party leaders}). */
  private int nounPhraseEnd(int k, int end) {
    int j = k;
    while (j < end && (tags[j] == Upos.NOUN || tags[j] == Upos.ADJ || tags[j] == Upos.PROPN
        || tags[j] == Upos.CCONJ && j > k && j + 1 < end && tags[j + 1] == Upos.NOUN)) {
      j++;
    }
    return j;
  }

  /** A noun for people (from the lexicon's speaker and role nouns), singular or in a regular plural. */
  private boolean person(String noun) {
    return lex.sources.contains(noun) || lex.roles.contains(noun)
        || lex.endsWith(noun, Lexicon.Suffix.PLURAL) && (lex.sources.contains(noun.substring(0, noun.length() - 1))
            || lex.roles.contains(noun.substring(0, noun.length() - 1)));
  }

  /** A delegation or team {@code led by} or {@code headed by} a named person: the mention after it, or -1. */
  private int ledBy(int j, int end) {
    Phrases.Match<Boolean> m = j + 2 < end ? ledBy.at(t, j) : null;
    if (m != null) {
      j += m.length() - 2;
      int k = skip(j + 2, end);
      return k < end && refAt[k] != null ? k : -1;
    }
    return -1;
  }

  /**
   * The mention at {@code k} and those joined to it by {@code and}, or by commas in a list that
   * {@code and} closes ({@code A, B and C}); a comma alone sets off an apposition, not a party.
   */
  private Filler group(int k, int end) {
    List<Ref> members = new ArrayList<>();
    members.add(refAt[k]);
    int j = refAt[k].found().to();
    int closed = 1;
    boolean comma = false;
    while (j < end) {
      int g = j;
      boolean and = false;
      while (g < end && g < j + 3 && (t.get(g).is(Mark.COMMA) || lex.isLower(t.get(g), Lexicon.Word.AND) || t.get(g).is(Mark.AMPERSAND)
          || tags[g] == Upos.DET)) {
        and |= !t.get(g).is(Mark.COMMA) && tags[g] != Upos.DET;
        comma |= t.get(g).is(Mark.COMMA) && !and;
        g++;
      }
      if (g == j || g >= end || refAt[g] == null) {
        break;
      }
      members.add(refAt[g]);
      if (and) {
        closed = members.size();
      }
      j = refAt[g].found().to();
    }
    return of(comma ? members.subList(0, closed) : members);
  }

  private Filler of(List<Ref> refs) {
    List<ActorBuilder> parties = new ArrayList<>();
    Optional<String> place = Optional.empty();
    Optional<ActorBuilder> country = Optional.empty();
    for (Ref r : refs) {
      for (ActorBuilder a : r.actors()) {
        if (a.kind == Actor.Kind.PLACE) {
          place = place.or(() -> Optional.of(a.name));
          country = country.or(() -> a.country.map(resolver::country));
        } else {
          if (a.kind == Actor.Kind.COUNTRY || r.found().kind() == Found.Kind.CAPITAL) {
            place = place.or(() -> Optional.of(r.mention().text()));
          }
          parties.add(a);
        }
      }
    }
    return new Filler(parties, false, place, country);
  }
}
