package dev.readout.nlp;

import dev.readout.model.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Speakers named by a definite description of something the story named before: an
 * organisation ({@code the trade group}, {@code the bank holding company}; a business noun needs a
 * corporate name such as {@code BankAmerica Corp}, a named head such as {@code bank} must occur in
 * the name) or a document ({@code the statement}, {@code the report}). The first is the organisation named
 * last before it, in its sentence or up to {@link Resolver#ANAPHOR_REACH} sentences back; the
 * second is whoever issued the document ({@code the energy department's report}, {@code a central
 * bank statement}, {@code a statement from the ministry}). With nothing to point to, the phrase
 * stays the speaker. Stateless; what was named lives in the {@link Resolver}.
 */
final class Anaphors {

  private Anaphors() {}

  /** The speech with its speaker resolved when the source is such a description; else unchanged. */
  static Speech resolve(List<Token> t, List<Ref> refs, Speech sp, Resolver resolver) {
    Lexicon lex = resolver.lex();
    Found f = sp.source().found();
    if (f.kind() != Found.Kind.SOURCE && f.kind() != Found.Kind.SUBJECT) {
      return sp;
    }
    int the = f.from();
    if (!lex.isLower(t.get(the), Lexicon.Word.THE)) {
      int k = the;
      while (k > 0 && f.to() - k < 5 && Subjects.modifier(t.get(k - 1), lex) && !t.get(k - 1).isCapitalised()
          && !lex.isLower(t.get(k - 1), Lexicon.Word.THE)) {
        k--; // the bank holding company: the source noun was found without its modifiers
      }
      the = k > 0 && lex.isLower(t.get(k - 1), Lexicon.Word.THE) ? k - 1 : f.from();
    }
    if (!lex.isLower(t.get(the), Lexicon.Word.THE) || f.to() - the < 2 || f.to() - the > 5) {
      return sp;
    }
    for (int k = the + 1; k < f.to() - 1; k++) {
      if (!t.get(k).isWord() || t.get(k).isCapitalised()) {
        return sp; // the Finance Ministry: a name, found as such
      }
    }
    String head = t.get(f.to() - 1).lower();
    Optional<ActorBuilder> to = lex.documents.contains(head)
        ? issuerWithin(t, refs, the + 1, f.to() - 1, resolver).or(() -> resolver.issuer(head))
        : organisation(refs, the, head, resolver);
    return to.map(a -> new Speech(a, new Ref(f, List.of(a), sp.source().mention()), sp.cueFrom(), sp.cueTo(),
        sp.contentFrom(), sp.contentTo(), sp.mode())).orElse(sp);
  }

  private static Optional<ActorBuilder> organisation(List<Ref> refs, int before, String head, Resolver resolver) {
    Map<Lexicon.OrgAnaphor, Set<String>> heads = resolver.lex().orgAnaphors;
    boolean any = heads.get(Lexicon.OrgAnaphor.ANY).contains(head);
    boolean business = heads.get(Lexicon.OrgAnaphor.BUSINESS).contains(head);
    if (!any && !business && !heads.get(Lexicon.OrgAnaphor.NAMED).contains(head)) {
      return Optional.empty();
    }
    List<ActorBuilder> candidates = new ArrayList<>();
    for (Ref r : refs) {
      if (r.found().to() <= before && r.actors().size() == 1 && r.actor().kind == Actor.Kind.ORGANIZATION) {
        candidates.add(0, r.actor());
      }
    }
    candidates.addAll(resolver.earlierOrganisations());
    Set<String> corporate = resolver.lex().corporate;
    return candidates.stream().filter(a -> any || business && corporate(a.name, corporate)
        || Lexicon.lower(a.name).contains(head)).findFirst();
  }

  /** {@code BankAmerica Corp}, {@code Siemens AG}: a name that says it is a business. */
  private static boolean corporate(String name, Set<String> suffixes) {
    String last = Lexicon.lower(name.substring(name.lastIndexOf(' ') + 1)).replace(".", "");
    return suffixes.contains(last);
  }

  /** Records who issued each document the sentence names, for a later {@code the statement said}. */
  static void remember(List<Token> t, List<Ref> refs, Resolver resolver) {
    Lexicon lex = resolver.lex();
    for (int d = 1; d < t.size(); d++) {
      String noun = t.get(d).lower();
      if (!lex.documents.contains(noun) || t.get(d).isCapitalised()) {
        continue;
      }
      int det = d - 1;
      while (det >= 0 && d - det <= 4 && !lex.sourceOpeners.containsKey(t.get(det).lower())
          && (t.get(det).isWord() || t.get(det).isPossessive())) {
        det--;
      }
      Optional<ActorBuilder> by = det >= 0 && d - det <= 4 && lex.sourceOpeners.containsKey(t.get(det).lower())
          ? issuerWithin(t, refs, det + 1, d, resolver)
          : Optional.empty();
      if (by.isEmpty()) {
        by = issuerAfter(t, refs, d + 1, resolver);
      }
      by.ifPresent(a -> resolver.issuer(noun, a));
    }
  }

  /**
   * The issuer named inside a document phrase's modifiers {@code [from, to)}: a name or country
   * before the noun ({@code a Finance Ministry statement}, {@code a U.S. report}), a possessive
   * ({@code the energy department's report}) or lower-case words ending in an issuer noun
   * ({@code a central bank statement}).
   */
  private static Optional<ActorBuilder> issuerWithin(List<Token> t, List<Ref> refs, int from, int to, Resolver resolver) {
    if (to <= from) {
      return Optional.empty();
    }
    int end = to;
    if (t.get(end - 1).isPossessive()) {
      end--;
    }
    for (Ref r : refs) {
      if (r.found().to() == end && r.found().from() >= from && r.actors().size() == 1
          && r.actor().kind != Actor.Kind.PERSON) {
        return Optional.of(r.actor());
      }
    }
    if (end > from && resolver.lex().issuerHeads.contains(t.get(end - 1).lower()) && !t.get(end - 1).isCapitalised()) {
      return Optional.of(resolver.source(EntityFinder.text(t, from, end), true));
    }
    return Optional.empty();
  }

  /** {@code a statement issued by the ministry}, {@code a report from the IMF}. */
  private static Optional<ActorBuilder> issuerAfter(List<Token> t, List<Ref> refs, int k, Resolver resolver) {
    Lexicon lex = resolver.lex();
    int at = k;
    while (at < t.size() && at < k + 2 && lex.issueWords.containsKey(t.get(at).lower())) {
      at++;
    }
    if (at == k || lex.issueWords.get(t.get(at - 1).text()) != Lexicon.IssueWord.AGENT) {
      return Optional.empty();
    }
    Ref r = SpeechFinder.refStartingAt(refs, at);
    if (r == null && at < t.size() && lex.isLower(t.get(at), Lexicon.Word.THE)) {
      r = SpeechFinder.refStartingAt(refs, at + 1);
      for (int end = at + 1; r == null && end < Math.min(t.size(), at + 4); end++) {
        if (!t.get(end).isWord() || t.get(end).isCapitalised()) {
          break;
        }
        if (lex.issuerHeads.contains(t.get(end).lower())) {
          return Optional.of(resolver.source(EntityFinder.text(t, at + 1, end + 1), true)); // by the central bank
        }
      }
    }
    return r != null && r.actors().size() == 1 && r.actor().kind != Actor.Kind.PERSON
        ? Optional.of(r.actor())
        : Optional.empty();
  }
}
