package dev.readout.bench.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Word sources for the search benchmark. {@link #ZIPF} draws from 50,000 words with Zipf-like
 * frequencies (rank r has weight 1/(r+1)), as words are spread in news text; {@link #DENSE} is
 * the 70-word list of {@link Pages}, where nearly every article holds every word, so every
 * query matches almost the whole index: the worst case, kept for comparison.
 */
enum Vocabulary {
  ZIPF,
  DENSE;

  static final int SIZE = 50_000;

  /** Ranks below this are the function-word-like head that nobody searches for. */
  static final int QUERY_MIN_RANK = 20;

  private static final double[] CDF = cdf();

  /** A word drawn with the text frequencies of this vocabulary. */
  String word(SplittableRandom rnd) {
    if (this == DENSE) {
      return Pages.word(rnd);
    }
    int i = Arrays.binarySearch(CDF, rnd.nextDouble());
    return spell(i < 0 ? -i - 1 : i);
  }

  /**
   * A word a user might search for: for {@link #ZIPF}, a rank drawn log-uniformly from
   * [{@value #QUERY_MIN_RANK}, {@value #SIZE}), so frequent, middling and rare words come up
   * alike (the head words match about half of all articles, the tail a handful).
   */
  String queryWord(SplittableRandom rnd) {
    if (this == DENSE) {
      return Pages.word(rnd);
    }
    double lo = Math.log(QUERY_MIN_RANK);
    double hi = Math.log(SIZE);
    return spell((int) Math.exp(lo + rnd.nextDouble() * (hi - lo)));
  }

  /** Text of a paragraph of this many words, with a full stop every twelve words. */
  String paragraph(SplittableRandom rnd, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = word(rnd);
      sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      sb.append(i == words - 1 ? "." : i % 12 == 11 ? ". " : " ");
    }
    return sb.toString();
  }

  static Vocabulary of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** Rank to a pronounceable word, e.g. 0 "ba", 27 "bebi"; the 70 diplomatic words come first. */
  static String spell(int rank) {
    if (rank < Pages.WORDS.length) {
      return Pages.WORDS[rank];
    }
    String consonants = "bdfgklmnprstvz";
    String vowels = "aeiou";
    StringBuilder sb = new StringBuilder();
    int r = rank;
    do {
      sb.append(consonants.charAt(r % consonants.length()));
      r /= consonants.length();
      sb.append(vowels.charAt(r % vowels.length()));
      r /= vowels.length();
    } while (r > 0);
    return sb.toString();
  }

  private static double[] cdf() {
    double[] c = new double[SIZE];
    double sum = 0;
    for (int r = 0; r < SIZE; r++) {
      sum += 1.0 / (r + 1);
      c[r] = sum;
    }
    for (int r = 0; r < SIZE; r++) {
      c[r] /= sum;
    }
    return c;
  }
}
