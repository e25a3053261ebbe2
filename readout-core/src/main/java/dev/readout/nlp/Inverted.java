package dev.readout.nlp;

import java.util.List;

/**
 * Attributions whose speaker follows the cue: {@code "...," said Baker, a trader.} Token indices
 * into one sentence; stateless.
 */
final class Inverted {

  private Inverted() {}

  /**
   * {@code "...," said Baker[, a trader].} After a closing quotation mark any phrase after the cue
   * is the speaker ({@code tweeted another}); after plain text only a name or source noun followed
   * by an apposition or adverbial is, lest an object pass for a speaker.
   */
  static Speech find(List<Token> t, List<Ref> refs, int c, int ce, Resolver resolver, SourcePhrases sources) {
    if (c == 0 || !Content.isSeparator(t.get(c - 1), resolver.lex())) {
      return null;
    }
    boolean quoted = Content.isQuote(t.get(c - 1), resolver.lex()) || c >= 2 && Content.isQuote(t.get(c - 2), resolver.lex());
    Ref after = personAfter(t, refs, ce, resolver);
    if (after == null) {
      Ref r = SpeechFinder.refStartingAt(refs, ce);
      after = r != null && SpeechFinder.usable(t, r, resolver.lex()) ? r : sources.after(t, ce, resolver); // said a Democratic strategist
    }
    if (after == null && quoted) {
      after = Subjects.after(t, ce, resolver);
    }
    if (after == null) {
      return null;
    }
    int next = after.found().to();
    int n = Content.end(t);
    if (!quoted && next < n && !resolver.lex().invertedFollowers.contains(t.get(next).lower())) {
      return null;
    }
    int end = c - 1;
    while (end > 0 && Content.isSeparator(t.get(end - 1), resolver.lex())) {
      end--;
    }
    int to = Content.throughQuote(t, end, c, resolver.lex());
    if (quoted && resumes(t, next, n, resolver.lex())) {
      to = n; // "A," said Sherman, speaking of politicians, "and B."
    }
    return end < 2 ? null : new Speech(after.actor(), after, c, ce, 0, to, Content.mode(t, 0, to, resolver.lex()));
  }

  /** A person named within a few words after the cue: {@code said former Wisconsin Gov. Jim Doyle}. */
  private static Ref personAfter(List<Token> t, List<Ref> refs, int ce, Resolver resolver) {
    for (int k = ce; k < Math.min(t.size(), ce + 6); k++) {
      if (k > ce && !t.get(k - 1).isWord() && !t.get(k - 1).is(Mark.PERIOD)) {
        return null;
      }
      Ref r = SpeechFinder.refStartingAt(refs, k);
      if (r != null && (r.found().kind() == Found.Kind.CAPS || r.found().kind() == Found.Kind.TITLED)) {
        Ref p = SpeechFinder.person(t, refs, r.found().to() - 1, resolver);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  /** Whether a quotation opens again after a comma later in the sentence. */
  private static boolean resumes(List<Token> t, int from, int n, Lexicon lex) {
    for (int k = from; k + 1 < n; k++) {
      if (t.get(k).is(Mark.COMMA) && Content.isQuote(t.get(k + 1), lex)) {
        return true;
      }
    }
    return false;
  }
}
