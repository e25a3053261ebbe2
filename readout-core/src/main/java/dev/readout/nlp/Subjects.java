package dev.readout.nlp;

import dev.readout.model.Mention;
import java.util.List;

/**
 * The last resort for a speaker before a cue when no known name, resolved pronoun or listed source
 * noun ends there: the noun phrase that is the cue's grammatical subject ({@code The Times said},
 * {@code Abortion rights advocates said}, {@code 46 percent said}, {@code the order released Friday
 * said}) or a subject pronoun ({@code they say}, {@code I said}, {@code it said}). The phrase is
 * read from the word before the cue leftwards over content words, possessives and inner
 * prepositions, up to a determiner; it must be set off on its left (sentence start, punctuation or
 * a subordinating word), else it is the object of something and not the subject.
 *
 * <p>A pronoun that cannot be resolved, or a phrase that is no name, becomes an actor named by the
 * words themselves. Such speakers never take the coreference focus. Stateless.
 */
final class Subjects {

  private static final int MAX = 8;

  private Subjects() {}

  /** The subject phrase or pronoun ending at token {@code e}, or null. */
  static Ref before(List<Token> t, int e, Resolver resolver) {
    Lexicon lex = resolver.lex();
    if (e > 0 && t.get(e).is(Mark.PERCENT) && isNumber(t.get(e - 1))) {
      return number(t, e, resolver); // 47% say
    }
    if (e < 0 || !t.get(e).isWord() && !isNumber(t.get(e))) {
      return null;
    }
    String head = t.get(e).lower();
    if (lex.subjectPronouns.containsKey(head)) {
      return pronoun(t, e, resolver);
    }
    if (lex.subjectStops.contains(head) || lex.prepositions.contains(head)
        || lex.determiners.contains(head) && !lex.quantifiers.contains(head)) {
      return null;
    }
    int from = e;
    while (from > 0 && e - from + 1 < MAX) {
      Token p = t.get(from - 1);
      String w = p.lower();
      if (lex.determiners.contains(w)) {
        from--;
        break;
      }
      if (lex.connectives.contains(w)) {
        break; // Meanwhile Democrats said: the connective opens the clause
      }
      if (p.isPossessive() || p.is(Mark.HYPHEN) || p.is(Mark.AMPERSAND) || lex.prepositions.contains(w)
          || (p.isWord() || isNumber(p)) && !lex.subjectStops.contains(w)) {
        from--;
      } else {
        break;
      }
    }
    if (lex.prepositions.contains(t.get(from).lower()) || t.get(from).isPossessive() || !setOff(t, from, lex)) {
      return null;
    }
    String phrase = EntityFinder.text(t, from, e + 1);
    boolean name = name(t, from, e + 1, lex);
    ActorBuilder a = name
        ? resolver.person(phrase, List.of(), java.util.Optional.empty())
        : resolver.source(phrase, t.get(e).isCapitalised());
    Mention m = new Mention(t.get(from).start(), t.get(e).end(), phrase);
    return new Ref(Found.of(name ? Found.Kind.CAPS : Found.Kind.SUBJECT, from, e + 1, phrase), List.of(a), m);
  }

  /**
   * The phrase right after a cue that follows a quotation, up to a comma or the end:
   * {@code tweeted another}, {@code said a strategist for one of these candidates}.
   */
  static Ref after(List<Token> t, int k, Resolver resolver) {
    Lexicon lex = resolver.lex();
    int n = Content.end(t);
    int end = k;
    while (end < n && end - k < 10 && !t.get(end).is(Mark.COMMA) && !Content.isQuote(t.get(end), lex)
        && !lex.is(t.get(end), Lexicon.Word.WHO) && !t.get(end).is(Mark.LEFT_PAREN)) {
      end++;
    }
    if (end == k || end - k >= 10 || !t.get(k).isWord() || lex.subjectStops.contains(t.get(k).lower())) {
      return null;
    }
    String phrase = EntityFinder.text(t, k, end);
    ActorBuilder a = name(t, k, end, lex)
        ? resolver.person(phrase, List.of(), java.util.Optional.empty())
        : resolver.source(phrase, false);
    Mention m = new Mention(t.get(k).start(), t.get(end - 1).end(), phrase);
    return new Ref(Found.of(Found.Kind.SUBJECT, k, end, phrase), List.of(a), m);
  }

  private static Ref number(List<Token> t, int e, Resolver resolver) {
    if (!setOff(t, e - 1, resolver.lex())) {
      return null;
    }
    String phrase = EntityFinder.text(t, e - 1, e + 1);
    Mention m = new Mention(t.get(e - 1).start(), t.get(e).end(), phrase);
    return new Ref(Found.of(Found.Kind.SUBJECT, e - 1, e + 1, phrase), List.of(resolver.source(phrase, false)), m);
  }

  /** {@code they}, {@code I}, an unresolved {@code he}: the person in focus for he and she. */
  private static Ref pronoun(List<Token> t, int e, Resolver resolver) {
    Lexicon lex = resolver.lex();
    if (e > 0 && (lex.nonStatement.contains(t.get(e - 1).lower()) || !setOff(t, e, lex))) {
      return null;
    }
    Token p = t.get(e);
    String w = p.lower();
    Lexicon.Pronoun refers = lex.pronouns.get(w);
    boolean resolved = refers == Lexicon.Pronoun.PERSON && resolver.focusOrRecent().isPresent();
    ActorBuilder a = resolved ? resolver.focusOrRecent().get()
        : refers == Lexicon.Pronoun.GROUP && resolver.plural().isPresent() ? resolver.plural().get()
        : resolver.source(lex.subjectPronouns.get(w), false);
    Found.Kind kind = resolved ? Found.Kind.PRONOUN : Found.Kind.SUBJECT;
    return new Ref(Found.of(kind, e, e + 1, p.text()), List.of(a), new Mention(p.start(), p.end(), p.text()));
  }

  /**
   * Whether the phrase starting at token {@code from} opens a clause: the sentence starts there,
   * or punctuation or a subordinating word comes before it ({@code , and} but not a bare
   * {@code and}, which joins two subjects).
   */
  static boolean setOff(List<Token> t, int from, Lexicon lex) {
    if (from == 0) {
      return true;
    }
    Token p = t.get(from - 1);
    if (!p.isWord()) {
      return !p.is(Mark.AMPERSAND) && !p.isPossessive();
    }
    String w = p.lower();
    if (lex.connectives.contains(w) && (from == 1 || !t.get(from - 2).isWord())) {
      return true; // But dealers said; Meanwhile, they said
    }
    if (lex.words.get(Lexicon.Word.AND).contains(w)) {
      return from == 1 || from >= 2 && t.get(from - 2).is(Mark.COMMA);
    }
    return lex.clauseOpeners.contains(w);
  }

  /** A name: capitalised words only (with inner initials and hyphens), no determiner. */
  private static boolean name(List<Token> t, int from, int to, Lexicon lex) {
    if (to - from > 4 || lex.determiners.contains(t.get(from).lower())) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Token x = t.get(k);
      if (!(x.isCapitalised() && x.isWord() || x.is(Mark.HYPHEN) || x.is(Mark.PERIOD))) {
        return false;
      }
    }
    return !lex.orgHeads.contains(t.get(to - 1).text())
        && !lex.months.contains(t.get(to - 1).text()) && !lex.weekdays.contains(t.get(to - 1).text());
  }

  /** A word that may modify a noun inside a subject phrase: no function word or connective. */
  static boolean modifier(Token k, Lexicon lex) {
    String w = k.lower();
    return k.isWord() && !lex.subjectStops.contains(w) && !lex.prepositions.contains(w)
        && !lex.subjectPronouns.containsKey(w) && !lex.connectives.contains(w);
  }

  /** A regular English plural: {@code officials}, {@code analysts}, not {@code business}. */
  static boolean pluralNoun(String h, Lexicon lex) {
    return h.length() > 3 && lex.endsWith(h, Lexicon.Suffix.PLURAL) && !lex.endsWith(h, Lexicon.Suffix.NOT_PLURAL);
  }

  /** Whether a speaker phrase names several people: its head is a plural noun ({@code officials}). */
  static boolean plural(List<Token> t, Found f) {
    return plural(t, f, Lexicon.DEFAULT);
  }

  /** Whether a speaker phrase names several people, its prepositions read from {@code lex}. */
  static boolean plural(List<Token> t, Found f, Lexicon lex) {
    if (f.kind() != Found.Kind.SOURCE && f.kind() != Found.Kind.SUBJECT || f.to() - f.from() < 1) {
      return false;
    }
    int head = f.to() - 1;
    for (int k = f.from() + 1; k < f.to() - 1; k++) {
      if (lex.prepositions.contains(t.get(k).text())) {
        head = k - 1; // officials in Washington, a strategist for the candidates
        break;
      }
    }
    String h = t.get(head).text();
    boolean listed = f.kind() == Found.Kind.SOURCE; // a listed common noun: capitalised only to open a sentence
    return pluralNoun(h, lex) && (listed || Character.isLowerCase(h.charAt(0))
        || lex.endsWith(h, Lexicon.Suffix.CAPITALISED_PLURAL));
  }

  private static boolean isNumber(Token k) {
    return !k.text().isEmpty() && Character.isDigit(k.text().charAt(0));
  }
}
