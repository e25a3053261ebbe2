package dev.readout.nlp;

import dev.readout.model.Actor;
import dev.readout.model.Actor.Kind;
import dev.readout.model.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves candidate mentions to actors, one sentence at a time in reading order: names to the
 * people already introduced (a surname or given name is enough once the full name was seen),
 * pronouns to the person in focus, role phrases ({@code the Russian minister}) to the most recent
 * person whose country and title fit, groups ({@code the two ministers}) to the last pair.
 * Holds the state of one article; not thread-safe, made per call.
 */
final class Resolver {

  private final Map<String, ActorBuilder> actors = new LinkedHashMap<>();
  private final Map<String, ActorBuilder> aliases = new HashMap<>();
  private final List<ActorBuilder> recent = new ArrayList<>();
  private final Lexicon lex;
  private static final int PLURAL_REACH = 3;
  private ActorBuilder focus;
  private ActorBuilder plural;
  private int pluralAge = PLURAL_REACH + 1;
  private List<ActorBuilder> group = List.of();
  /** Sentences read so far; ages the organisation and document memories below. */
  private int sentence;
  /** Organisations named so far, the latest last, each with the sentence that last named it. */
  private final Map<ActorBuilder, Integer> orgs = new LinkedHashMap<>();
  private final Map<String, ActorBuilder> issuers = new HashMap<>();
  private final Map<String, Integer> issuedIn = new HashMap<>();
  /** How many sentences back a {@code the company} or {@code the statement} may look. */
  static final int ANAPHOR_REACH = 3;

  /** A resolver for one article in the language of {@code lex}. */
  Resolver(Lexicon lex) {
    this.lex = lex;
  }

  /** The words of the article's language; every finder given this resolver reads them. */
  Lexicon lex() {
    return lex;
  }

  /** Resolves a sentence's candidates; mentions are recorded unless {@code caption}. */
  List<Ref> resolve(Sentence s, List<Found> found, boolean caption) {
    List<Ref> out = new ArrayList<>();
    List<Token> t = s.tokens();
    sentence++;
    for (Found f : found) {
      List<ActorBuilder> to = f.kind() == Found.Kind.GROUP ? sentenceGroup(t, out).orElse(resolve(t, f)) : resolve(t, f);
      Mention m = new Mention(t.get(f.from()).start(), t.get(f.to() - 1).end(), EntityFinder.text(t, f.from(), f.to()));
      Ref r = new Ref(f, to, m);
      out.add(r);
      if (to.size() == 1) {
        ActorBuilder a = to.get(0);
        if (!caption) {
          a.mention(m);
        }
        if (a.isPerson()) {
          recent.remove(a);
          recent.add(a);
        } else if (a.kind == Kind.ORGANIZATION && !caption) {
          orgs.remove(a);
          orgs.put(a, sentence);
        }
      }
    }
    return out;
  }

  /** People joined by "and" earlier in the sentence, to whom {@code their} refers first. */
  private Optional<List<ActorBuilder>> sentenceGroup(List<Token> t, List<Ref> sofar) {
    for (int k = sofar.size() - 1; k > 0; k--) {
      Ref b = sofar.get(k);
      Ref a = sofar.get(k - 1);
      if (a.isPerson() && b.isPerson() && a.actor() != b.actor()
          && joined(t, a.found().to(), b.found().from())) {
        return Optional.of(List.of(a.actor(), b.actor()));
      }
    }
    return Optional.empty();
  }

  /** Remembers the people a sentence joins by "and" for later {@code the two ministers}. */
  void rememberGroup(List<Token> t, List<Ref> refs) {
    sentenceGroup(t, refs).ifPresent(this::group);
  }

  private List<ActorBuilder> resolve(List<Token> t, Found f) {
    return switch (f.kind()) {
      case TITLED -> List.of(person(f.name(), f.titles(), f.country()));
      case CAPS -> caps(t, f);
      case COUNTRY, ADJECTIVE -> List.of(country(f.country().orElseThrow()));
      case CAPITAL -> List.of(isPlace(t, f.from()) ? place(f.name(), f.country()) : country(f.country().orElseThrow()));
      case ORG -> List.of(org(f));
      case PRONOUN -> focusOrRecent().map(List::of).orElse(List.of());
      case GROUP -> group.size() >= 2 ? group : List.of();
      case ROLE -> role(f).map(List::of).orElse(List.of());
      case SOURCE, SUBJECT -> List.of();
    };
  }

  private boolean isPlace(List<Token> t, int i) {
    return i > 0 && lex.placePrepositions.contains(t.get(i - 1).lower());
  }

  /** The person a name refers to, made when new; titles and country are added as they come. */
  ActorBuilder person(String name, List<String> titles, Optional<String> country) {
    ActorBuilder p = known(name);
    if (p == null) {
      p = new ActorBuilder(Kind.PERSON, name);
      actors.put(p.id(), p);
    } else if (name.split(" ").length > p.name.split(" ").length && name.contains(p.name)) {
      actors.remove(p.id());
      p.name = name;
      actors.put(p.id(), p);
    }
    String[] words = name.split(" ");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.length() > 1 && Character.isUpperCase(w.charAt(0))) {
        aliases.putIfAbsent(w, p);
      } else if (i > 0 && lex.particles.contains(w)) {
        String surname = String.join(" ", List.of(words).subList(i, words.length));
        aliases.putIfAbsent(surname, p); // du Plessis
        aliases.putIfAbsent(Character.toUpperCase(w.charAt(0)) + surname.substring(1), p); // Du Plessis said
      }
    }
    aliases.put(name, p);
    p.titles.addAll(titles);
    if (p.country.isEmpty()) {
      p.country = country;
    }
    return p;
  }

  private ActorBuilder known(String name) {
    ActorBuilder p = aliases.get(name);
    if (p != null) {
      return p;
    }
    for (String w : name.split(" ")) {
      ActorBuilder q = aliases.get(w);
      if (q != null && q.name.split(" ").length == 1) {
        return q;
      }
    }
    return misspelt(name);
  }

  /**
   * The one person already known by a full name whose surname a lone surname misspells by one
   * letter ({@code Beesley} for {@code Brent Beesely}, {@code Bauer} for {@code Hans Baur}): wire
   * copy often spells a name two ways in one story. Same first letter, five letters or more in the
   * lone surname and four in the known one, so that short names ({@code Kim}, {@code Lee}) and
   * different people stay apart; null when no or several people fit.
   */
  private ActorBuilder misspelt(String surname) {
    if (surname.length() < 5 || surname.indexOf(' ') >= 0 || !Character.isUpperCase(surname.charAt(0))) {
      return null;
    }
    ActorBuilder found = null;
    for (ActorBuilder a : actors.values()) {
      int space = a.name.lastIndexOf(' ');
      String last = a.name.substring(space + 1);
      if (a.isPerson() && space > 0 && last.length() >= 4 && last.charAt(0) == surname.charAt(0)
          && !last.equals(surname) && !familyPlural(last, surname) && oneEdit(last, surname)) { // the Khans: a family
        if (found != null && found != a) {
          return null;
        }
        found = a;
      }
    }
    if (found != null) {
      aliases.put(surname, found);
    }
    return found;
  }

  /**
   * Whether two different words are one edit apart: a letter inserted, dropped, replaced, or two
   * neighbours swapped ({@code Beesely}/{@code Beesley}). Linear; case-sensitive.
   */
  static boolean oneEdit(String a, String b) {
    if (a.length() < b.length()) {
      return oneEdit(b, a);
    }
    if (a.length() - b.length() > 1) {
      return false;
    }
    int i = 0;
    while (i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() > b.length()) {
      return a.regionMatches(i + 1, b, i, b.length() - i);
    }
    if (i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
        && a.regionMatches(i + 2, b, i + 2, b.length() - i - 2)) {
      return true;
    }
    return i < a.length() && a.regionMatches(i + 1, b, i + 1, b.length() - i - 1);
  }

  private List<ActorBuilder> caps(List<Token> t, Found f) {
    ActorBuilder p = aliases.get(f.name());
    if (p == null) {
      p = misspelt(f.name());
    }
    if (p != null) {
      return List.of(p);
    }
    String last = t.get(f.to() - 1).text();
    int words = f.to() - f.from();
    if (lex.orgHeads.contains(last)) {
      return List.of(org(new Found(Found.Kind.ORG, f.from(), f.to(), f.name(), List.of(), Optional.empty(), Optional.empty())));
    }
    if (words <= 4 && speaks(t, f)) {
      return List.of(person(f.name(), List.of(), Optional.empty()));
    }
    if (words <= 3 && isPlace(t, f.from()) && !(f.from() >= 2 && lex.notPlaceNouns.contains(t.get(f.from() - 2).lower()))) {
      return List.of(place(f.name(), Optional.empty()));
    }
    return List.of();
  }

  /** A name next to a speech verb is a person's ({@code Brafman said}, {@code said Brafman}). */
  private boolean speaks(List<Token> t, Found f) {
    int after = f.to();
    if (after < t.size() && t.get(after).isPossessive()) {
      return false;
    }
    while (after < t.size() - 1 && lex.cueAdverbs.get(t.get(after).lower()) == Lexicon.CueAdverb.DAY) {
      after++; // Clayton Yeutter today said
    }
    if (after < t.size() && lex.cues.at(t, after) != null && lex.cues.at(t, after).value() == Lexicon.Cue.VERB) {
      return true;
    }
    int b = f.from();
    return b > 0 && lex.namingCues.contains(t.get(b - 1).text()) || prepositionalCueEndsAt(t, b);
  }

  /** Whether a prepositional cue ({@code according to}) ends right before token {@code b}. */
  private boolean prepositionalCueEndsAt(List<Token> t, int b) {
    for (int k = Math.max(0, b - 4); k < b; k++) {
      Phrases.Match<Lexicon.Cue> m = lex.cues.at(t, k);
      if (m != null && m.value() == Lexicon.Cue.PREP && k + m.length() == b) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code plural} is {@code word} with a regular plural ending: the Khans. */
  private boolean familyPlural(String word, String plural) {
    return plural.startsWith(word) && lex.suffixes.get(Lexicon.Suffix.PLURAL).contains(plural.substring(word.length()));
  }

  private Optional<ActorBuilder> role(Found f) {
    String head = f.name();
    boolean generic = lex.genericRoles.contains(head);
    ActorBuilder best = null;
    for (int k = recent.size() - 1; k >= 0; k--) {
      ActorBuilder p = recent.get(k);
      if (f.country().isPresent() && !f.country().equals(p.country)) {
        continue;
      }
      if (!generic && p.titles.stream().noneMatch(x -> Lexicon.lower(x).contains(head))) {
        continue;
      }
      if (p == focus) {
        return Optional.of(p);
      }
      if (best == null) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  Optional<ActorBuilder> focusOrRecent() {
    if (focus != null) {
      return Optional.of(focus);
    }
    return recent.isEmpty() ? Optional.empty() : Optional.of(recent.get(recent.size() - 1));
  }

  /**
   * The speaker named by a plural phrase in the last few sentences ({@code officials said}), to
   * whom a following {@code they said} refers.
   */
  Optional<ActorBuilder> plural() {
    return pluralAge <= PLURAL_REACH ? Optional.ofNullable(plural) : Optional.empty();
  }

  /** Records a plural speaker, or (null) that one more sentence has passed. */
  void plural(ActorBuilder p) {
    if (p != null) {
      plural = p;
      pluralAge = 0;
    } else {
      pluralAge++;
    }
  }

  /**
   * The organisations last named in earlier sentences, at most {@link #ANAPHOR_REACH} back, the
   * latest first: what {@code the company said} may refer to when its own sentence names none.
   */
  List<ActorBuilder> earlierOrganisations() {
    List<ActorBuilder> out = new ArrayList<>();
    orgs.forEach((a, at) -> {
      if (at < sentence && sentence - at <= ANAPHOR_REACH) {
        out.add(0, a);
      }
    });
    return out;
  }

  /** Records who issued a document ({@code statement}, {@code report}) named in this sentence. */
  void issuer(String document, ActorBuilder by) {
    issuers.put(document, by);
    issuedIn.put(document, sentence);
  }

  /** Who issued the document last named by that noun, within {@link #ANAPHOR_REACH} sentences. */
  Optional<ActorBuilder> issuer(String document) {
    Integer at = issuedIn.get(document);
    return at != null && sentence - at <= ANAPHOR_REACH ? Optional.of(issuers.get(document)) : Optional.empty();
  }

  void focus(ActorBuilder p) {
    focus = p;
  }

  void group(List<ActorBuilder> g) {
    if (g.size() >= 2) {
      group = List.copyOf(g);
    }
  }

  ActorBuilder country(String code) {
    Lexicon.Country c = lex.countriesByCode.get(code);
    ActorBuilder a = actors.computeIfAbsent(ActorBuilder.id(Kind.COUNTRY, c.name()), k -> new ActorBuilder(Kind.COUNTRY, c.name()));
    a.country = Optional.of(code);
    return a;
  }

  ActorBuilder place(String name, Optional<String> country) {
    ActorBuilder a = actors.computeIfAbsent(ActorBuilder.id(Kind.PLACE, name), k -> new ActorBuilder(Kind.PLACE, name));
    if (a.country.isEmpty()) {
      a.country = country;
    }
    return a;
  }

  private ActorBuilder org(Found f) {
    ActorBuilder a = actors.computeIfAbsent(ActorBuilder.id(Kind.ORGANIZATION, f.name()), k -> new ActorBuilder(Kind.ORGANIZATION, f.name()));
    if (a.acronym.isEmpty()) {
      a.acronym = f.acronym();
    }
    return a;
  }

  /** An actor for a speaker named only by a common noun ({@code a spokesman}). */
  ActorBuilder source(String phrase, boolean organisation) {
    Kind k = organisation ? Kind.ORGANIZATION : Kind.PERSON;
    return actors.computeIfAbsent(ActorBuilder.id(k, phrase), x -> new ActorBuilder(k, phrase));
  }

  /** The country of a place or capital known by that name. */
  Optional<String> placeCountry(String name) {
    ActorBuilder a = actors.get(ActorBuilder.id(Kind.PLACE, name));
    if (a != null && a.country.isPresent()) {
      return a.country;
    }
    ActorBuilder c = actors.get(ActorBuilder.id(Kind.COUNTRY, name));
    return c == null ? Optional.empty() : c.country;
  }

  List<Actor> actors() {
    return actors.values().stream().map(ActorBuilder::build).toList();
  }

  /** Whether only "and", a comma or a bracketed aside separate two mentions. */
  private boolean joined(List<Token> t, int a, int b) {
    boolean and = false;
    int depth = 0;
    for (int k = a; k < b; k++) {
      Token s = t.get(k);
      if (s.is(Mark.LEFT_PAREN)) {
        depth++;
      } else if (s.is(Mark.RIGHT_PAREN)) {
        depth--;
      } else if (depth == 0 && (lex.is(s, Lexicon.Word.AND) || s.is(Mark.COMMA))) {
        and = true;
      } else if (depth == 0) {
        return false;
      }
    }
    return and;
  }
}
