package dev.readout.nlp;

import dev.readout.model.Mention;
import java.util.List;
import java.util.Set;

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

  /** Subject pronouns; he and she resolve through the resolver when they can. */
  static final Set<String> PRONOUNS = Set.of("i", "we", "you", "they", "it", "he", "she");
  private static final Set<String> DETS =
      Set.of("the", "a", "an", "this", "these", "those", "some", "many", "most", "several", "few",
          "both", "all", "each", "every", "another", "no", "any", "his", "her", "their", "its", "our",
          "my", "your", "other", "others", "only", "just", "more", "fewer");
  /** Words that cannot sit inside a subject phrase: they end it. */
  private static final Set<String> STOP =
      Set.of("and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "what", "when",
          "where", "why", "how", "if", "because", "as", "than", "while", "although", "though",
          "since", "so", "then", "also", "not", "n't", "is", "are", "was", "were", "be", "been",
          "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may",
          "might", "must", "shall", "should", "to", "it", "he", "she", "they", "we", "i", "you",
          "him", "them", "us", "me", "there", "here", "even", "just", "yet", "said", "says", "say",
          "told", "until", "unless", "whether", "once", "before", "after", "whatever");
  static final Set<String> PREPOSITIONS =
      Set.of("of", "for", "with", "in", "at", "on", "from", "by", "about", "into", "like", "over",
          "under", "against", "among", "between", "near", "without", "within", "during", "across");
  /** Words that may open the clause whose subject the phrase is. */
  private static final Set<String> OPENERS =
      Set.of("but", "because", "that", "while", "as", "when", "if", "since", "so", "although",
          "though", "where", "after", "before", "yet", "whereas", "until", "unless", "once", "and");
  /** Words before a pronoun that make the pronoun's clause no statement: {@code what they said}. */
  private static final Set<String> NOT_STATEMENT = Set.of("what", "whatever", "than", "how", "why");
  private static final int MAX = 8;

  private Subjects() {}

  /** The subject phrase or pronoun ending at token {@code e}, or null. */
  static Ref before(List<Token> t, int e, Resolver resolver) {
    if (e > 0 && t.get(e).is("%") && isNumber(t.get(e - 1))) {
      return number(t, e, resolver); // 47% say
    }
    if (e < 0 || !t.get(e).isWord() && !isNumber(t.get(e))) {
      return null;
    }
    String head = t.get(e).lower();
    if (PRONOUNS.contains(head)) {
      return pronoun(t, e, resolver);
    }
    if (STOP.contains(head) || PREPOSITIONS.contains(head) || DETS.contains(head) && !isQuantifier(head)) {
      return null;
    }
    int from = e;
    while (from > 0 && e - from + 1 < MAX) {
      Token p = t.get(from - 1);
      String w = p.lower();
      if (DETS.contains(w)) {
        from--;
        break;
      }
      if (Lexicon.DEFAULT.connectives.contains(w)) {
        break; // Meanwhile Democrats said: the connective opens the clause
      }
      if (p.isPossessive() || p.is("-") || p.is("&") || PREPOSITIONS.contains(w)
          || (p.isWord() || isNumber(p)) && !STOP.contains(w)) {
        from--;
      } else {
        break;
      }
    }
    if (PREPOSITIONS.contains(t.get(from).lower()) || t.get(from).isPossessive() || !setOff(t, from)) {
      return null;
    }
    String phrase = EntityFinder.text(t, from, e + 1);
    boolean name = name(t, from, e + 1);
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
    int n = Content.end(t);
    int end = k;
    while (end < n && end - k < 10 && !t.get(end).is(",") && !Content.isQuote(t.get(end))
        && !t.get(end).is("who") && !t.get(end).is("(")) {
      end++;
    }
    if (end == k || end - k >= 10 || !t.get(k).isWord() || STOP.contains(t.get(k).lower())) {
      return null;
    }
    String phrase = EntityFinder.text(t, k, end);
    ActorBuilder a = name(t, k, end)
        ? resolver.person(phrase, List.of(), java.util.Optional.empty())
        : resolver.source(phrase, false);
    Mention m = new Mention(t.get(k).start(), t.get(end - 1).end(), phrase);
    return new Ref(Found.of(Found.Kind.SUBJECT, k, end, phrase), List.of(a), m);
  }

  private static Ref number(List<Token> t, int e, Resolver resolver) {
    if (!setOff(t, e - 1)) {
      return null;
    }
    String phrase = EntityFinder.text(t, e - 1, e + 1);
    Mention m = new Mention(t.get(e - 1).start(), t.get(e).end(), phrase);
    return new Ref(Found.of(Found.Kind.SUBJECT, e - 1, e + 1, phrase), List.of(resolver.source(phrase, false)), m);
  }

  /** {@code they}, {@code I}, an unresolved {@code he}: the person in focus for he and she. */
  private static Ref pronoun(List<Token> t, int e, Resolver resolver) {
    if (e > 0 && (NOT_STATEMENT.contains(t.get(e - 1).lower()) || !setOff(t, e))) {
      return null;
    }
    Token p = t.get(e);
    String w = p.lower();
    boolean resolved = (w.equals("he") || w.equals("she")) && resolver.focusOrRecent().isPresent();
    ActorBuilder a = resolved ? resolver.focusOrRecent().get()
        : w.equals("they") && resolver.plural().isPresent() ? resolver.plural().get()
        : resolver.source(w.equals("i") ? "I" : w, false);
    Found.Kind kind = resolved ? Found.Kind.PRONOUN : Found.Kind.SUBJECT;
    return new Ref(Found.of(kind, e, e + 1, p.text()), List.of(a), new Mention(p.start(), p.end(), p.text()));
  }

  /**
   * Whether the phrase starting at token {@code from} opens a clause: the sentence starts there,
   * or punctuation or a subordinating word comes before it ({@code , and} but not a bare
   * {@code and}, which joins two subjects).
   */
  static boolean setOff(List<Token> t, int from) {
    if (from == 0) {
      return true;
    }
    Token p = t.get(from - 1);
    if (!p.isWord()) {
      return !p.is("&") && !p.isPossessive();
    }
    String w = p.lower();
    if (Lexicon.DEFAULT.connectives.contains(w) && (from == 1 || !t.get(from - 2).isWord())) {
      return true; // But dealers said; Meanwhile, they said
    }
    if (w.equals("and")) {
      return from == 1 || from >= 2 && t.get(from - 2).is(",");
    }
    return OPENERS.contains(w);
  }

  /** A name: capitalised words only (with inner initials and hyphens), no determiner. */
  private static boolean name(List<Token> t, int from, int to) {
    if (to - from > 4 || DETS.contains(t.get(from).lower())) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Token x = t.get(k);
      if (!(x.isCapitalised() && x.isWord() || x.is("-") || x.is("."))) {
        return false;
      }
    }
    return !EntityFinder.ORG_HEADS.contains(t.get(to - 1).text())
        && !Lexicon.MONTHS.contains(t.get(to - 1).text()) && !Lexicon.WEEKDAYS.contains(t.get(to - 1).text());
  }

  /** A word that may modify a noun inside a subject phrase: no function word or connective. */
  static boolean modifier(Token k) {
    String w = k.lower();
    return k.isWord() && !STOP.contains(w) && !PREPOSITIONS.contains(w) && !PRONOUNS.contains(w)
        && !Lexicon.DEFAULT.connectives.contains(w);
  }

  /** A regular English plural: {@code officials}, {@code analysts}, not {@code business}. */
  static boolean pluralNoun(String h) {
    return h.length() > 3 && h.endsWith("s") && !h.endsWith("ss") && !h.endsWith("us") && !h.endsWith("is");
  }

  /** Whether a speaker phrase names several people: its head is a plural noun ({@code officials}). */
  static boolean plural(List<Token> t, Found f) {
    if (f.kind() != Found.Kind.SOURCE && f.kind() != Found.Kind.SUBJECT || f.to() - f.from() < 1) {
      return false;
    }
    int head = f.to() - 1;
    for (int k = f.from() + 1; k < f.to() - 1; k++) {
      if (PREPOSITIONS.contains(t.get(k).text())) {
        head = k - 1; // officials in Washington, a strategist for the candidates
        break;
      }
    }
    String h = t.get(head).text();
    boolean listed = f.kind() == Found.Kind.SOURCE; // a listed common noun: capitalised only to open a sentence
    return pluralNoun(h) && (listed || Character.isLowerCase(h.charAt(0)) || h.endsWith("ans") || h.endsWith("ats"));
  }

  private static boolean isQuantifier(String w) {
    return w.equals("many") || w.equals("those") || w.equals("some") || w.equals("most") || w.equals("others")
        || w.equals("few") || w.equals("several") || w.equals("both") || w.equals("all");
  }

  private static boolean isNumber(Token k) {
    return !k.text().isEmpty() && Character.isDigit(k.text().charAt(0));
  }
}
