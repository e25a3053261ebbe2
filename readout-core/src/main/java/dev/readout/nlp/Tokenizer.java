package dev.readout.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into word, number and punctuation tokens with offsets. A regular expression rather
 * than OpenNLP's maximum-entropy tokenizer: wire English needs only a handful of rules (dotted
 * abbreviations such as {@code U.S.}, hyphenated words, the possessive {@code 's}), and the
 * expression is several times faster, which the throughput target needs.
 */
final class Tokenizer {

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?:\\p{Lu}\\.){2,}" // U.S., U.K.
              + "|\\d+(?:[.,:/]\\d+)*(?:st|nd|rd|th)?" // 200, 1,000, 3.5, 20th
              + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'’.][\\p{L}\\p{M}\\p{N}]+)*?(?=['’][sS]\\b)" // Lavrov in Lavrov's
              + "|['’][sS]\\b" // possessive
              + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*" // words
              + "|''|``" // typewriter quotes
              + "|[^\\s\\u00A0\\u2007\\u202F]"); // no-break spaces separate, as spaces do

  private Tokenizer() {}

  /** Tokens of {@code text.substring(from, to)}, offsets relative to {@code text}. */
  static List<Token> tokens(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) {
      out.add(Token.of(m.start(), m.end(), m.group()));
    }
    return out;
  }

  /** Tokens of a phrase, for building lexicons. */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (Token t : tokens(phrase, 0, phrase.length())) {
      out.add(t.text());
    }
    return out;
  }
}
