package dev.readout.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences: blank lines always end a sentence, OpenNLP's English UD model
 * splits within a paragraph, and a repair pass joins what it wrongly split after an abbreviation
 * ({@code Sept.}, {@code Mr.}, an initial) or before a lower-case continuation ({@code 200 billion
 * U.S. dollars annually}). The model is loaded once; a detector (not thread-safe) is made per call.
 */
final class SentenceSplitter {

  private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final SentenceModel SENTENCE_MODEL = Models.load(MODEL, "sentence model", SentenceModel::new);

  private SentenceSplitter() {}


  /** The sentences of {@code text}, in order, repaired with English words. */
  static List<Sentence> split(String text) {
    return split(text, Lexicon.DEFAULT);
  }

  /**
   * The sentences of {@code text}, in order, repaired with the abbreviations, cues and quotation
   * marks of {@code lex}; the sentence model itself is English whatever the language.
   */
  static List<Sentence> split(String text, Lexicon lex) {
    SentenceDetectorME detector = new SentenceDetectorME(SENTENCE_MODEL);
    List<Sentence> out = new ArrayList<>();
    int p = 0;
    while (p < text.length()) {
      int q = text.indexOf("\n\n", p);
      int end = q < 0 ? text.length() : q;
      paragraph(detector, text, p, end, out, lex);
      p = q < 0 ? text.length() : q + 2;
    }
    return out;
  }

  private static void paragraph(
      SentenceDetectorME detector, String text, int from, int to, List<Sentence> out, Lexicon lex) {
    String para = text.substring(from, to);
    if (para.isBlank()) {
      return;
    }
    List<int[]> spans = new ArrayList<>();
    for (Span s : detector.sentPosDetect(para)) {
      int a = from + s.getStart();
      int b = from + s.getEnd();
      if (!spans.isEmpty() && (joins(text, spans.get(spans.size() - 1), a, lex) || attribution(text, spans.get(spans.size() - 1), a, b, lex))) {
        spans.get(spans.size() - 1)[1] = b;
      } else {
        spans.add(new int[] {a, b});
      }
    }
    for (int[] s : spans) {
      out.add(new Sentence(s[0], s[1], text.substring(s[0], s[1]), Tokenizer.tokens(text, s[0], s[1])));
    }
  }

  /**
   * Whether the span {@code [next, end)} is only the attribution of a quotation that closes the
   * previous span after a stop: {@code "... Really?" | Bush said.}, {@code ...!" | said Trump.}
   * The model ends the sentence at the quotation's stop; English goes on to the attribution.
   */
  private static boolean attribution(String text, int[] prev, int next, int end, Lexicon lex) {
    String p = text.substring(prev[0], prev[1]).stripTrailing();
    int q = closingMark(p, lex);
    if (q == 0 || p.length() <= q || ".?!".indexOf(p.charAt(p.length() - q - 1)) < 0) {
      return false;
    }
    List<Token> t = Tokenizer.tokens(text, next, end);
    for (int i = 0; i < Math.min(t.size(), 7); i++) {
      Phrases.Match<Lexicon.Cue> cue = lex.cues.at(t, i);
      if (cue != null && cue.value() != Lexicon.Cue.PARTICIPLE && cue.value() != Lexicon.Cue.PREP) {
        int after = i + cue.length();
        if (after + 1 < t.size() && (t.get(after).is(Mark.COMMA) || t.get(after).is(Mark.COLON)) && Content.isQuote(t.get(after + 1), lex)) {
          return false; // He added, "...": the attribution of a new quotation, not of the one before
        }
        return after >= t.size() - 1 || t.get(after).is(Mark.COMMA) || lex.trailing.contains(t.get(after).lower());
      }
      if (!t.get(i).isWord() && !t.get(i).is(Mark.PERIOD) || i > 0 && !t.get(i).isCapitalised() && !t.get(i).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** The length of the mark that can close a quotation at the end of {@code s}, else 0. */
  private static int closingMark(String s, Lexicon lex) {
    int q = 0;
    for (var e : lex.quoteMarks.entrySet()) {
      if (e.getValue() != Lexicon.Quote.OPENING && s.endsWith(e.getKey())) {
        q = Math.max(q, e.getKey().length());
      }
    }
    return q;
  }

  /** Whether a sentence starting at {@code next} continues the previous span. */
  private static boolean joins(String text, int[] prev, int next, Lexicon lex) {
    int n = next;
    while (n < text.length() && !Character.isLetterOrDigit(text.charAt(n))) {
      n++;
    }
    if (n < text.length() && (Character.isLowerCase(text.charAt(n)) || Character.isDigit(text.charAt(n)))) {
      return true;
    }
    List<Token> tail = Tokenizer.tokens(text, Math.max(prev[0], prev[1] - 12), prev[1]);
    if (tail.size() < 2 || !tail.get(tail.size() - 1).is(Mark.PERIOD)) {
      return false;
    }
    String w = tail.get(tail.size() - 2).text();
    return lex.abbreviations.contains(w) || (w.length() == 1 && Character.isUpperCase(w.charAt(0)));
  }
}
