package dev.readout.nlp;

import dev.readout.model.Mention;
import dev.readout.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds attributed statements in one sentence. For every speech cue it looks for the speaker
 * right before the cue (a resolved name, pronoun or role, or a common-noun source such as
 * {@code a spokesman}), else right after it ({@code said Baker}); then takes the content from the
 * side the sentence puts it on:
 *
 * <ul>
 *   <li>trailing: {@code <content>, Wang said [Thursday | during ... | , adding ...].}
 *   <li>parenthetical: {@code The two heads of state, he said, put forward ...}
 *   <li>leading: {@code [Noting ..., ] Lavrov said [Monday] [that] <content>}
 *   <li>quoted: {@code the Russian minister said "<content>"}
 *   <li>{@code according to Wang}, at either end.
 * </ul>
 */
final class SpeechFinder {

  private static final Set<String> BE =
      Set.of("is", "was", "were", "are", "be", "been", "being", "to", "has", "have", "had");
  private static final Set<String> SKIPPABLE =
      Set.of(
          "also", "further", "again", "then", "later", "once", "has", "have", "had", "would",
          "will", "previously", "earlier", "repeatedly", "publicly", "recently", "reportedly",
          "separately", "however", "too", "twice", "already");
  private static final Set<String> AFTER_TRAILING =
      Set.of(
          "in", "during", "at", "on", "after", "before", "while", "when", "from", "via", "to",
          "through", "following", "ahead", "last", "this", "earlier", "later", "here", "there",
          "recently", "yesterday", "today", "tonight", "tomorrow", "as", "upon", "without",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "of",
          "with", "over", "by", "again", "also", "previously", "late", "early");
  private static final Set<String> DETS =
      Set.of("a", "an", "the", "one", "two", "three", "some", "many", "several", "other", "its",
          "his", "her", "their", "our", "senior", "top", "another", "most", "few", "both");

  private final Lexicon lex;

  SpeechFinder(Lexicon lex) {
    this.lex = lex;
  }

  List<Speech> find(Sentence s, List<Ref> refs, Resolver resolver) {
    List<Token> t = s.tokens();
    List<Speech> out = new ArrayList<>();
    for (int c = 0; c < t.size(); c++) {
      Phrases.Match<String> cue = lex.cues.at(t, c);
      if (cue == null || !Character.isLowerCase(t.get(c).text().charAt(0))) {
        continue;
      }
      int ce = c + cue.length();
      Speech sp = "prep".equals(cue.value()) ? according(t, refs, c, ce) : verb(t, refs, c, ce, resolver);
      if (sp != null && sp.contentTo() - sp.contentFrom() >= 2
          && out.stream().noneMatch(o -> o.speaker() == sp.speaker())) {
        out.add(sp);
      }
      c = ce - 1;
    }
    return out;
  }

  private Speech verb(List<Token> t, List<Ref> refs, int c, int ce, Resolver resolver) {
    if (c > 0 && BE.contains(t.get(c - 1).lower()) && !t.get(c - 1).lower().startsWith("ha")) {
      return null; // passive or infinitive: "was told", "to say"
    }
    int e = c - 1;
    while (e >= 0 && (SKIPPABLE.contains(t.get(e).lower()) || t.get(e).lower().endsWith("ly"))
        && !t.get(e).isCapitalised()) {
      e--;
    }
    Ref speaker = refEndingAt(refs, e);
    if (speaker != null && !usable(t, speaker)) {
      return null;
    }
    if (speaker == null) {
      speaker = source(t, e, resolver);
    }
    if (speaker != null) {
      return withContent(t, speaker, speaker.found().from(), c, ce);
    }
    Ref after = refStartingAt(refs, ce);
    if (after != null && usable(t, after) && c > 0 && isSeparator(t.get(c - 1))) {
      int end = c - 1;
      while (end > 0 && isSeparator(t.get(end - 1))) {
        end--;
      }
      return new Speech(after.actor(), after, c, ce, 0, end, mode(t, 0, end));
    }
    return null;
  }

  private static boolean usable(List<Token> t, Ref r) {
    if (!r.resolved() || r.actors().size() != 1 || r.possessive(t)) {
      return false;
    }
    if (r.actor().kind == dev.readout.model.Actor.Kind.PLACE) {
      return false;
    }
    int f = r.found().from();
    return f == 0 || !(t.get(f - 1).is("and") || t.get(f - 1).is("&") || t.get(f - 1).is("or"));
  }

  /** A common-noun speaker phrase ending at token e: {@code a senior U.S. official}. */
  private Ref source(List<Token> t, int e, Resolver resolver) {
    if (e < 0) {
      return null;
    }
    Phrases.Match<String> m = null;
    int start = -1;
    for (int k = Math.max(0, e - 2); k <= e && m == null; k++) {
      Phrases.Match<String> x = lex.sources.at(t, k);
      if (x != null && k + x.length() - 1 == e) {
        m = x;
        start = k;
      }
    }
    if (m == null) {
      return null;
    }
    int from = start;
    while (from > 0 && from > start - 4) {
      Token p = t.get(from - 1);
      if (DETS.contains(p.lower())) {
        from--;
        if (!p.lower().equals("senior") && !p.lower().equals("top")) {
          break;
        }
      } else if (p.isCapitalised() && p.isWord() && from - 1 > 0) {
        from--;
      } else {
        break;
      }
    }
    String phrase = EntityFinder.text(t, from, e + 1);
    String head = m.value();
    boolean org = Set.of("ministry", "government", "campaign", "statement", "report", "agency", "company",
        "committee", "department", "office", "police", "poll", "survey", "study", "newspaper", "paper").contains(head);
    ActorBuilder a = resolver.source(phrase, org);
    Mention mention = new Mention(t.get(from).start(), t.get(e).end(), phrase);
    return new Ref(Found.of(Found.Kind.SOURCE, from, e + 1, phrase), List.of(a), mention);
  }

  private Speech withContent(List<Token> t, Ref speaker, int sa, int c, int ce) {
    int n = end(t);
    int after = ce;
    if (Lexicon.lower(t.get(c).text()).startsWith("told") || t.get(c).lower().equals("tells")) {
      after = skipObject(t, after, n);
    }
    if (after < n && isQuote(t.get(after))) {
      int close = closingQuote(t, after + 1, n);
      return new Speech(speaker.actor(), speaker, c, ce, after, close, Statement.Mode.DIRECT);
    }
    int before = sa;
    boolean commaBefore = before > 0 && isSeparator(t.get(before - 1));
    while (before > 0 && isSeparator(t.get(before - 1))) {
      before--;
    }
    Integer that = that(t, after, n);
    if (commaBefore && before > 0 && that == null) {
      if (after < n && t.get(after).is(",") && after + 1 < n && !participle(t.get(after + 1))
          && !isQuote(t.get(after + 1)) || after + 1 < n && t.get(after).is(",") && isQuote(t.get(after + 1))) {
        return new Speech(speaker.actor(), speaker, c, ce, 0, n, mode(t, 0, n)); // parenthetical
      }
      if ((before >= 3 || isQuote(t.get(before - 1))) && trailingRest(t, after, n)) {
        return new Speech(speaker.actor(), speaker, c, ce, 0, before, mode(t, 0, before));
      }
    }
    int from = that != null ? that + 1 : after;
    return new Speech(speaker.actor(), speaker, c, ce, from, n, mode(t, from, n));
  }

  /** Whether what follows the cue is only adverbials, an {@code adding ...} clause or nothing. */
  private static boolean trailingRest(List<Token> t, int after, int n) {
    if (after >= n) {
      return true;
    }
    Token a = t.get(after);
    return a.is(",") || a.is(";") || AFTER_TRAILING.contains(a.lower()) || participle(a);
  }

  /** The token index of a {@code that} opening the content within a few words of the cue. */
  private static Integer that(List<Token> t, int after, int n) {
    for (int k = after; k < Math.min(n, after + 8); k++) {
      if (t.get(k).is("that")) {
        return k;
      }
      if (t.get(k).is(",") || isQuote(t.get(k))) {
        return null;
      }
      if (k == after && !AFTER_TRAILING.contains(t.get(k).lower())) {
        return null;
      }
    }
    return null;
  }

  private static int skipObject(List<Token> t, int k, int n) {
    int j = k;
    if (j < n && (t.get(j).lower().equals("reporters") || t.get(j).lower().equals("journalists") || t.get(j).lower().equals("him")
        || t.get(j).lower().equals("her") || t.get(j).lower().equals("them") || t.get(j).lower().equals("us") || t.get(j).lower().equals("me"))) {
      return j + 1;
    }
    if (j < n && (t.get(j).is("a") || t.get(j).is("the") || t.get(j).is("an"))) {
      j++;
      while (j < n && j < k + 5 && !t.get(j).is(",") && !t.get(j).is("that") && !AFTER_TRAILING.contains(t.get(j).lower())) {
        j++;
      }
      return j;
    }
    while (j < n && t.get(j).isCapitalised() && t.get(j).isWord()) {
      j++;
    }
    return j;
  }

  private Speech according(List<Token> t, List<Ref> refs, int c, int ce) {
    Ref r = refStartingAt(refs, ce);
    if (r == null || !usable(t, r)) {
      return null;
    }
    int n = end(t);
    int rEnd = r.found().to();
    if (c > 0 && t.get(c - 1).is(",") && rEnd >= n) {
      return new Speech(r.actor(), r, c, ce, 0, c - 1, mode(t, 0, c - 1));
    }
    if (c == 0 && rEnd < n && t.get(rEnd).is(",")) {
      return new Speech(r.actor(), r, c, ce, rEnd + 1, n, mode(t, rEnd + 1, n));
    }
    return null;
  }

  private static Ref refEndingAt(List<Ref> refs, int e) {
    for (Ref r : refs) {
      if (r.found().to() - 1 == e) {
        return r;
      }
    }
    return null;
  }

  private static Ref refStartingAt(List<Ref> refs, int s) {
    for (Ref r : refs) {
      if (r.found().from() == s) {
        return r;
      }
    }
    return null;
  }

  /** The end of the sentence's words: final punctuation and closing quotes left out. */
  private static int end(List<Token> t) {
    int n = t.size();
    while (n > 0 && (t.get(n - 1).is(".") || t.get(n - 1).is("!") || t.get(n - 1).is("?"))) {
      n--;
    }
    return n;
  }

  private static int closingQuote(List<Token> t, int from, int n) {
    for (int k = from; k < n; k++) {
      if (isQuote(t.get(k))) {
        return k + 1;
      }
    }
    return n;
  }

  static boolean isQuote(Token k) {
    String s = k.text();
    return s.equals("\"") || s.equals("“") || s.equals("”") || s.equals("''") || s.equals("``");
  }

  private static boolean isSeparator(Token k) {
    return k.is(",") || isQuote(k) || k.is("—") || k.is("--");
  }

  private static boolean participle(Token k) {
    return k.lower().endsWith("ing") && !k.isCapitalised();
  }

  static Statement.Mode mode(List<Token> t, int from, int to) {
    int quotes = 0;
    for (int k = from; k < to; k++) {
      if (isQuote(t.get(k))) {
        quotes++;
      }
    }
    if (quotes == 0) {
      return Statement.Mode.REPORTED;
    }
    boolean opens = from < to && isQuote(t.get(from));
    boolean wrapped = opens && (quotes == 1 || quotes == 2 && isQuote(t.get(to - 1)));
    return wrapped ? Statement.Mode.DIRECT : Statement.Mode.MIXED;
  }
}
