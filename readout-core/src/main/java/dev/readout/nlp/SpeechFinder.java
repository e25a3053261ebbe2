package dev.readout.nlp;

import dev.readout.model.Actor;
import dev.readout.model.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds attributed statements in one sentence. For every speech cue outside quotation marks it
 * looks for the speaker right before the cue (a resolved name, pronoun or role, a name set off by
 * an apposition, or a common-noun source such as {@code a spokesman}), else right after it
 * ({@code said Baker}); {@link Content} then takes the content from the side the sentence puts it
 * on:
 *
 * <ul>
 *   <li>trailing: {@code <content>, Wang said [Thursday | during ... | , adding ...].}
 *   <li>parenthetical: {@code The two heads of state, he said, put forward ...}
 *   <li>leading: {@code [Noting ..., ] Lavrov said [Monday] [that] <content>}
 *   <li>quoted: {@code the Russian minister said "<content>"}
 *   <li>{@code according to Wang}, before or after the content.
 * </ul>
 */
final class SpeechFinder {

  private final Lexicon lex;
  private final SourcePhrases sources;

  /** A finder reading cues and grammar words from {@code lex}, the article's language. */
  SpeechFinder(Lexicon lex) {
    this.lex = lex;
    this.sources = new SourcePhrases(lex);
  }

  List<Speech> find(Sentence s, List<Ref> refs, Resolver resolver) {
    List<Token> t = s.tokens();
    List<Speech> out = new ArrayList<>();
    boolean quoted = false;
    for (int c = 0; c < t.size(); c++) {
      if (Content.isQuote(t.get(c), lex)) {
        quoted = opens(t, c, s.text(), s.start());
        continue;
      }
      Phrases.Match<Lexicon.Cue> cue = lex.cues.at(t, c);
      if (cue == null || cue.value() == Lexicon.Cue.PARTICIPLE || quoted
          || !Character.isLowerCase(t.get(c).text().charAt(0))) {
        continue;
      }
      int ce = c + cue.length();
      Speech found =
          cue.value() == Lexicon.Cue.PREP
              ? according(t, refs, c, ce, resolver)
              : verb(t, refs, c, ce, resolver, cue.value() == Lexicon.Cue.VERB_THAT);
      Speech sp = found == null ? null : Anaphors.resolve(t, refs, found, resolver);
      if (sp != null && sp.contentTo() - sp.contentFrom() >= 2
          && out.stream().noneMatch(o -> o.speaker() == sp.speaker() && overlaps(o, sp))) {
        out.add(sp);
      }
      c = ce - 1;
    }
    if (!out.isEmpty()) {
      out.addAll(participles(t, out.get(0)));
    } else {
      Ref subject = subject(t, refs, lex);
      if (subject != null) {
        out.addAll(participles(t, new Speech(subject.actor(), subject, subject.found().to(), subject.found().to(), 0, 0,
            dev.readout.model.Statement.Mode.REPORTED)));
      }
    }
    return out;
  }

  /** Whether two statements' contents share a token: one said twice, not two sayings. */
  private static boolean overlaps(Speech a, Speech b) {
    return a.contentFrom() < b.contentTo() && b.contentFrom() < a.contentTo();
  }

  /**
   * Participle clauses that go on with the sentence's first speaker: {@code Noting X, Lavrov said
   * ...} and {@code ..., Wang said, adding that Y}.
   */
  private List<Speech> participles(List<Token> t, Speech main) {
    List<Speech> out = new ArrayList<>();
    int n = Content.end(t);
    for (int c = 0; c < n; c++) {
      Phrases.Match<Lexicon.Cue> cue = lex.cues.at(t, c);
      if (cue == null || cue.value() != Lexicon.Cue.PARTICIPLE) {
        continue;
      }
      int ce = c + cue.length();
      int from = ce < n && lex.is(t.get(ce), Lexicon.Word.THAT) ? ce + 1 : ce;
      int sa = main.source().found().from();
      if (c == 0 && sa > from + 2 && t.get(sa - 1).is(Mark.COMMA)) {
        out.add(new Speech(main.speaker(), main.source(), c, ce, from, sa - 1, Content.mode(t, from, sa - 1, lex)));
      } else if (c > main.cueFrom() && t.get(c - 1).is(Mark.COMMA) && n - from >= 3) {
        int to = from;
        while (to < n && !(t.get(to).is(Mark.COMMA) && to + 1 < n && lex.cues.at(t, to + 1) != null)) {
          to++;
        }
        out.add(new Speech(main.speaker(), main.source(), c, ce, from, to, Content.mode(t, from, to, lex)));
      }
      c = ce - 1;
    }
    return out;
  }

  private Speech verb(List<Token> t, List<Ref> refs, int c, int ce, Resolver resolver, boolean strict) {
    if (c > 0 && lex.passiveMarkers.contains(t.get(c - 1).lower())) {
      return null; // passive or infinitive: "was told", "to say"
    }
    int e = c - 1;
    while (e >= 0 && (lex.cueAdverbs.containsKey(t.get(e).lower()) || lex.endsWith(t.get(e).lower(), Lexicon.Suffix.ADVERB))
        && !t.get(e).isCapitalised()) {
      e--;
    }
    e = skipBrackets(t, e);
    Ref speaker = ofPlace(t, refs, refEndingAt(refs, e), lex);
    if (speaker != null && !usable(t, speaker, lex)) {
      if (!speaker.resolved() || speaker.actors().size() > 1 && joinedBefore(t, speaker, lex) == false) {
        speaker = Subjects.before(t, e, resolver); // an unresolved name or pronoun, "they"
        if (speaker == null) {
          return null;
        }
      } else {
        return null;
      }
    }
    if (speaker == null && e >= 1 && t.get(e).is(Mark.COMMA)) {
      Ref named = person(t, refs, e - 1, resolver);
      speaker = named != null ? named : apposed(t, refs, e, resolver, lex);
    }
    if (speaker == null && e >= 1 && lex.is(t.get(e), Lexicon.Word.WHO)) {
      Ref antecedent = antecedent(t, refs, t.get(e - 1).is(Mark.COMMA) ? e - 2 : e - 1, resolver);
      if (antecedent != null) {
        Content.Span span = Content.around(t, -1, c, ce, strict, lex);
        Token who = t.get(e);
        Ref source = new Ref(Found.of(Found.Kind.PRONOUN, e, e + 1, t.get(e).text()), antecedent.actors(),
            new Mention(who.start(), who.end(), who.text()));
        return span == null ? null : speech(source, c, ce, span); // Perez, who said ...
      }
    }
    if (speaker == null && e >= 0 && (lex.is(t.get(e), Lexicon.Word.AND) || lex.is(t.get(e), Lexicon.Word.BUT))) {
      speaker = subject(t, refs, lex);
    }
    if (speaker == null) {
      speaker = sources.before(t, e, resolver);
    }
    if (speaker == null) {
      speaker = Subjects.before(t, e, resolver);
    }
    if (speaker != null) {
      int b = boundary(t, speaker.found().from(), speaker.found().kind() == Found.Kind.SOURCE, lex);
      Ref named = b > 1 && !speaker.actor().isPerson() && t.get(b - 1).is(Mark.COMMA) ? person(t, refs, b - 2, resolver) : null;
      if (named != null && opensClause(t, named.found().from())) {
        speaker = named; // Roland Dumas, head of a parliamentary Foreign Affairs Committee said
        b = boundary(t, named.found().from(), false, lex);
      }
      Content.Span span = Content.around(t, b, c, ce, strict, lex);
      return span == null ? null : speech(speaker, c, ce, span);
    }
    return Inverted.find(t, refs, c, ce, resolver, sources);
  }

  /** Whether a mention opens the sentence or follows punctuation: a subject, not an object. */
  private static boolean opensClause(List<Token> t, int from) {
    return from == 0 || !t.get(from - 1).isWord();
  }

  /** {@code former Gov. Ann Example of Ohio said}: the person before "of", not the place. */
  private static Ref ofPlace(List<Token> t, List<Ref> refs, Ref r, Lexicon lex) {
    boolean oneWord = r != null && r.found().to() - r.found().from() == 1;
    if (r == null || r.isPerson() && !oneWord || r.found().from() < 2 || !lex.is(t.get(r.found().from() - 1), Lexicon.Word.OF)) {
      return r;
    }
    Ref before = refEndingAt(refs, r.found().from() - 2);
    return before != null && before.isPerson() ? before : r;
  }

  /** Who a {@code who} before a cue stands for: {@code Perez, who said}, {@code voters who say}. */
  private Ref antecedent(List<Token> t, List<Ref> refs, int a, Resolver resolver) {
    Ref r = refEndingAt(refs, a);
    if (r != null) {
      return usable(t, r, lex) && r.actor().isPerson() ? r : null;
    }
    Ref s = sources.before(t, a, resolver);
    return s != null ? s : Subjects.before(t, a, resolver);
  }

  /** Whether a group mention is joined to a name before it: {@code Wang and they}. */
  private static boolean joinedBefore(List<Token> t, Ref r, Lexicon lex) {
    int f = r.found().from();
    return f > 0 && joins(t.get(f - 1), lex);
  }

  /** A word joining two mentions: {@code and}, {@code or}, {@code &}. */
  private static boolean joins(Token k, Lexicon lex) {
    return lex.is(k, Lexicon.Word.AND) || lex.is(k, Lexicon.Word.OR) || k.is(Mark.AMPERSAND);
  }

  private static Speech speech(Ref speaker, int c, int ce, Content.Span span) {
    return new Speech(speaker.actor(), speaker, c, ce, span.from(), span.to(), span.mode());
  }

  /**
   * Where the text before a speaker ends: the speaker phrase may start a few words before the
   * resolved name ({@code Trump senior adviser Paul Manafort}); -1 when no comma or quote sets it
   * off.
   */
  private static int boundary(List<Token> t, int sa, boolean common, Lexicon lex) {
    int k = sa;
    while (k > 0 && sa - k < 6 && !Content.isSeparator(t.get(k - 1), lex)
        && (t.get(k - 1).isCapitalised() || lex.speakerPhraseWords.contains(t.get(k - 1).lower())
            || sa - k < (common ? 2 : 4) && t.get(k - 1).isWord() && !lex.is(t.get(k - 1), Lexicon.Word.THAT))) {
      k--;
    }
    return k > 0 && Content.isSeparator(t.get(k - 1), lex) ? k : -1;
  }

  /** {@code Debbie Walsh, director of the Center for ..., said}: the name before an apposition. */
  private static Ref apposed(List<Token> t, List<Ref> refs, int comma, Resolver resolver, Lexicon lex) {
    for (int k = refs.size() - 1; k >= 0; k--) {
      Ref r = refs.get(k);
      int to = r.found().to();
      if (to >= comma || comma - to > 30) {
        continue;
      }
      if (!r.resolved() && r.found().kind() == Found.Kind.CAPS && to - r.found().from() >= 2
          && to - r.found().from() <= 4 && !lex.orgHeads.contains(t.get(to - 1).text())) {
        r = new Ref(r.found(), List.of(resolver.person(r.found().name(), List.of(), java.util.Optional.empty())), r.mention());
      }
      if (to < t.size() && t.get(to).is(Mark.COMMA) && to + 1 < comma && usable(t, r, lex) && r.actor().isPerson()) {
        Token first = t.get(to + 1);
        boolean apposition = !first.isCapitalised() || lex.sourceOpeners.containsKey(first.lower());
        for (int j = to + 1; j < comma && !apposition; j++) {
          apposition = t.get(j).isWord() && !t.get(j).isCapitalised(); // South Carolina director for Sanders
        }
        for (int j = to + 1; j < comma && apposition; j++) {
          apposition = !Content.isQuote(t.get(j), lex);
        }
        return apposition ? r : null;
      }
    }
    return null;
  }

  /**
   * Whether the quotation mark at token c opens a quotation: a curly or doubled opening mark, or a
   * straight one with no word right before it. A quotation that began in an earlier sentence is
   * thus closed here, not opened.
   */
  private boolean opens(List<Token> t, int c, String sentence, int offset) {
    Lexicon.Quote q = lex.quoteMarks.get(t.get(c).text());
    if (q == Lexicon.Quote.OPENING || q == Lexicon.Quote.CLOSING) {
      return q == Lexicon.Quote.OPENING;
    }
    int at = t.get(c).start() - offset;
    return at == 0 || Character.isWhitespace(sentence.charAt(at - 1)) || sentence.charAt(at - 1) == '(';
  }

  /** A person named by the mention ending at token e, an untitled name made a person. */
  static Ref person(List<Token> t, List<Ref> refs, int e, Resolver resolver) {
    Lexicon lex = resolver.lex();
    Ref r = refEndingAt(refs, e);
    if (r == null) {
      return null;
    }
    int n = r.found().to() - r.found().from();
    if (!r.resolved() && r.found().kind() == Found.Kind.CAPS && n >= 2 && n <= 4) {
      r = new Ref(r.found(), List.of(resolver.person(r.found().name(), List.of(), java.util.Optional.empty())), r.mention());
    }
    return usable(t, r, lex) && r.actor().isPerson() ? r : null;
  }

  /** Steps left over a bracketed aside: {@code Sen. Rand Paul (R-Ky.) said}. */
  private static int skipBrackets(List<Token> t, int e) {
    if (e < 0 || !t.get(e).is(Mark.RIGHT_PAREN)) {
      return e;
    }
    for (int k = e - 1; k >= 0 && k > e - 12; k--) {
      if (t.get(k).is(Mark.LEFT_PAREN)) {
        return k - 1;
      }
    }
    return e;
  }

  /** The sentence's subject when it opens the sentence or follows an opening phrase. */
  private static Ref subject(List<Token> t, List<Ref> refs, Lexicon lex) {
    for (Ref r : refs) {
      int f = r.found().from();
      if ((f == 0 || t.get(f - 1).is(Mark.COMMA)) && usable(t, r, lex) && r.actor().isPerson()) {
        return r;
      }
      return null;
    }
    return null;
  }

  static boolean usable(List<Token> t, Ref r, Lexicon lex) {
    if (!r.resolved() || r.actors().size() != 1 || r.possessive(t)) {
      return false;
    }
    if (r.actor().kind == Actor.Kind.PLACE) {
      return false;
    }
    int f = r.found().from();
    return f == 0 || !joins(t.get(f - 1), lex);
  }

  /** {@code ..., according to Wang.} / {@code According to Wang, ...} / {@code X, according to Y, Z}. */
  private Speech according(List<Token> t, List<Ref> refs, int c, int ce, Resolver resolver) {
    int at = ce;
    while (at < t.size() && at < ce + 2 && sources.isOpener(t.get(at)) && refStartingAt(refs, at) == null) {
      at++;
    }
    Ref r = refStartingAt(refs, at);
    if (r == null || !usable(t, r, lex)) {
      r = sources.after(t, ce, resolver);
    }
    if (r == null) {
      r = SourcePhrases.anyAfter(t, ce, resolver);
    }
    if (r == null || r.found().kind() != Found.Kind.SOURCE && !usable(t, r, lex)) {
      return null;
    }
    int n = Content.end(t);
    int rEnd = r.found().to();
    int before = c;
    while (before > 0 && Content.isSeparator(t.get(before - 1), lex)) {
      before--;
    }
    if (before >= 3) {
      return speech(r, c, ce, new Content.Span(0, before, Content.mode(t, 0, before, lex)));
    }
    int from = rEnd < n && t.get(rEnd).is(Mark.COMMA) ? rEnd + 1 : rEnd;
    return n - from >= 3 ? speech(r, c, ce, new Content.Span(from, n, Content.mode(t, from, n, lex))) : null;
  }

  static Ref refEndingAt(List<Ref> refs, int e) {
    for (Ref r : refs) {
      if (r.found().to() - 1 == e) {
        return r;
      }
    }
    return null;
  }

  static Ref refStartingAt(List<Ref> refs, int s) {
    for (Ref r : refs) {
      if (r.found().from() == s) {
        return r;
      }
    }
    return null;
  }
}
