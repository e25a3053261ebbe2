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
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = word(rnd);
      sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      sb.append(i == words - 1 ? "." : i % 12 == 11 ? ". " : " ");
    }
    return sb.toString();
  }

  static String word(SplittableRandom rnd) {
    return WORDS[rnd.nextInt(WORDS.length)];
  }
}
