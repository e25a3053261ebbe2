package dev.readout.nlp;

import dev.readout.model.Mention;
import java.util.List;

/**
 * Speakers named by a common-noun phrase rather than a name: {@code a senior Soviet official},
 * {@code Egyptian officials}, {@code according to exit polls}. Each becomes an actor named by the
 * phrase, an organisation when its head noun is one ({@code the ministry}, {@code a poll}).
 */
final class SourcePhrases {

  private final Lexicon lex;

  SourcePhrases(Lexicon lex) {
    this.lex = lex;
  }

  /** A common-noun speaker phrase ending at token e: {@code a senior U.S. official}. */
  Ref before(List<Token> t, int e, Resolver resolver) {
    if (e < 0) {
      return null;
    }
    int start = -1;
    Phrases.Match<String> m = null;
    for (int k = Math.max(0, e - 2); k <= e && m == null; k++) {
      Phrases.Match<String> x = lex.sources.at(t, k);
      if (x != null && k + x.length() - 1 == e) {
        m = x;
        start = k;
      }
    }
    if (m == null) {
      return withComplement(t, e, resolver);
    }
    int from = start;
    while (from > 0 && from > start - 4) {
      Token p = t.get(from - 1);
      Lexicon.Opener opener = lex.sourceOpeners.get(p.lower());
      if (opener != null) {
        from--;
        if (opener != Lexicon.Opener.MODIFIER) {
          break;
        }
      } else if (p.isCapitalised() && p.isWord() && !lex.connectives.contains(p.lower())) {
        from--; // but not "But dealers said"
      } else {
        break;
      }
    }
    from = coordinated(t, from, e);
    String phrase = EntityFinder.text(t, from, e + 1);
    ActorBuilder a = resolver.source(phrase, lex.organizationSources.contains(m.value()));
    Mention mention = new Mention(t.get(from).start(), t.get(e).end(), phrase);
    return new Ref(Found.of(Found.Kind.SOURCE, from, e + 1, phrase), List.of(a), mention);
  }

  /**
   * A source noun with a prepositional complement before the cue: {@code a senior official at one
   * of four prospective banks said}, {@code a spokesman for the ministry said}. The source noun is
   * the head, so a singular one can be {@code he} later. The phrase must open its clause.
   */
  private Ref withComplement(List<Token> t, int e, Resolver resolver) {
    if (!Subjects.modifier(t.get(e), lex) && !Character.isDigit(t.get(e).text().charAt(0))) {
      return null;
    }
    for (int p = e - 1; p >= 1 && e - p <= 8; p--) {
      Token k = t.get(p);
      if (lex.prepositions.contains(k.text()) && endsSource(t, p - 1)) {
        Ref head = before(t, p - 1, resolver);
        if (head == null || !Subjects.setOff(t, head.found().from(), lex)) {
          return null;
        }
        int from = head.found().from();
        String phrase = EntityFinder.text(t, from, e + 1);
        ActorBuilder a = resolver.source(phrase, lex.organizationSources.contains(lex.sources.at(t, p - 1) == null
            ? t.get(p - 1).lower() : lex.sources.at(t, p - 1).value()));
        Mention mention = new Mention(t.get(from).start(), t.get(e).end(), phrase);
        return new Ref(Found.of(Found.Kind.SOURCE, from, e + 1, phrase), List.of(a), mention);
      }
      boolean inner = Subjects.modifier(k, lex) || lex.prepositions.contains(k.text()) || isOpener(k)
          || k.isPossessive() || k.is(Mark.HYPHEN) || Character.isDigit(k.text().charAt(0));
      if (!inner) {
        return null;
      }
    }
    return null;
  }

  /**
   * Where a coordination of two plural source nouns starts, when the phrase {@code [from, e]} is
   * its second half: {@code business leaders and economic analysts say} is one speaker, not
   * {@code analysts}. Both heads are listed plural sources and the whole is set off on its left
   * (sentence start, punctuation or a connective), so that {@code talks with leaders and analysts}
   * stays an object. Else {@code from} unchanged.
   */
  private int coordinated(List<Token> t, int from, int e) {
    if (!Subjects.pluralNoun(t.get(e).text(), lex)) {
      return from;
    }
    int and = from - 1;
    while (and >= 0 && from - and <= 2 && Subjects.modifier(t.get(and), lex)) {
      and--; // economic analysts
    }
    if (and < 2 || !lex.is(t.get(and), Lexicon.Word.AND)) {
      return from;
    }
    int head = and - 1;
    if (!Subjects.pluralNoun(t.get(head).text(), lex) || !endsSource(t, head)) {
      return from;
    }
    int start = head;
    while (start > 0 && head - start < 3 && Subjects.modifier(t.get(start - 1), lex) && !isOpener(t.get(start - 1))) {
      start--; // business leaders
    }
    if (start > 0 && isOpener(t.get(start - 1))) {
      start--;
    }
    return Subjects.setOff(t, start, lex) ? start : from;
  }

  /** Whether a word opens a common-noun speaker phrase: {@code a}, {@code two}, {@code senior}. */
  boolean isOpener(Token k) {
    return lex.sourceOpeners.containsKey(k.lower());
  }

  private boolean endsSource(List<Token> t, int e) {
    for (int k = Math.max(0, e - 2); k <= e; k++) {
      Phrases.Match<String> x = lex.sources.at(t, k);
      if (x != null && k + x.length() - 1 == e) {
        return true;
      }
    }
    return false;
  }

  /** {@code according to officials}, {@code according to a statement from ...}. */
  Ref after(List<Token> t, int k, Resolver resolver) {
    int j = k;
    while (j < t.size() && j < k + 4 && lex.sources.at(t, j) == null
        && (isOpener(t.get(j)) || t.get(j).isCapitalised())) {
      j++;
    }
    if (j >= t.size()) {
      return null;
    }
    Phrases.Match<String> m = lex.sources.at(t, j);
    if (m == null) {
      return null;
    }
    int end = j + m.length();
    String phrase = EntityFinder.text(t, k, end);
    ActorBuilder a = resolver.source(phrase, lex.organizationSources.contains(m.value()));
    Mention mention = new Mention(t.get(k).start(), t.get(end - 1).end(), phrase);
    return new Ref(Found.of(Found.Kind.SOURCE, k, end, phrase), List.of(a), mention);
  }

  /** Any noun phrase after {@code according to}, up to a comma: {@code according to exit polls}. */
  static Ref anyAfter(List<Token> t, int k, Resolver resolver) {
    int n = Content.end(t);
    int end = k;
    while (end < n && end < k + 10 && !t.get(end).is(Mark.COMMA) && !Content.isQuote(t.get(end), resolver.lex())) {
      end++;
    }
    if (end == k || end - k > 8 || end < n && !t.get(end).is(Mark.COMMA)) {
      return null;
    }
    String phrase = EntityFinder.text(t, k, end);
    ActorBuilder a = resolver.source(phrase, true);
    Mention mention = new Mention(t.get(k).start(), t.get(end - 1).end(), phrase);
    return new Ref(Found.of(Found.Kind.SOURCE, k, end, phrase), List.of(a), mention);
  }
}
