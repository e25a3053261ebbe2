package dev.readout.bench.index;

import java.util.Locale;
import java.util.SplittableRandom;

/** Generated news-like text: a headline and a few paragraphs from a fixed vocabulary, seeded. */
final class Pages {

  static final String[] WORDS = (
      "minister foreign talks trade cooperation summit security energy vaccine beijing moscow washington "
      + "brussels delegation agreement bilateral strategic partnership sanctions economy border region "
      + "president premier spokesman council ministry statement meeting visit phone call pledge support "
      + "development investment climate health technology nuclear dialogue peace afghanistan ukraine "
      + "china russia india japan germany france brazil africa europe asia pacific ocean market growth")
      .split(" ");

  private Pages() {}

  static String headline(SplittableRandom rnd, long n) {
    return String.format(Locale.ROOT, "%s %s %s report %d", word(rnd), word(rnd), word(rnd), n);
  }

  static String paragraph(SplittableRandom rnd, int words) {
    return Vocabulary.DENSE.paragraph(rnd, words);
  }

  static String word(SplittableRandom rnd) {
    return WORDS[rnd.nextInt(WORDS.length)];
  }
}
