package dev.readout.html;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Month names in every language ICU's locale data (CLDR) knows, for reading dates written in
 * words: the Gregorian months of each locale, wide and abbreviated, in their format and
 * stand-alone forms ({@code января} and {@code январь}), lower-cased, without a trailing period,
 * and Latin ones also without diacritics ({@code fevrier}, {@code aout}), as pages sometimes write
 * them.
 *
 * <p>A word that names different months in different languages ({@code listopad} is November in
 * Czech and Polish, October in Croatian) is read as the month most locales give it; a word
 * split evenly is not read at all. Only words of three or more letters are kept.
 *
 * <p>Thread-safe: the table is built once, on first use, and never changes.
 */
final class MonthNames {

  private MonthNames() {}

  /** The month (1-12) {@code word} names, in any case and with or without a trailing period. */
  static OptionalInt number(String word) {
    Integer m = Table.MONTHS.get(key(word));
    return m == null ? OptionalInt.empty() : OptionalInt.of(m);
  }

  private static String key(String word) {
    String k = word.strip().toLowerCase(Locale.ROOT);
    return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
  }

  /** A letter or a combining mark: Indic vowel signs are marks inside a word. */
  static boolean isWordChar(int c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  private static String folded(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
  }

  /** Holder: built when a month word is first looked up, not when dates are first read. */
  private static final class Table {
    static final Map<String, Integer> MONTHS = build();

    private static Map<String, Integer> build() {
      Map<String, int[]> votes = new HashMap<>();
      for (ULocale locale : ULocale.getAvailableLocales()) {
        DateFormatSymbols symbols = new DateFormatSymbols(GregorianCalendar.class, locale);
        Map<String, Integer> own = new HashMap<>();
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
          for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
            String[] names = symbols.getMonths(context, width);
            for (int i = 0; i < 12 && i < names.length; i++) {
              String k = key(names[i]);
              if (k.codePointCount(0, k.length()) >= 3 && k.codePoints().allMatch(MonthNames::isWordChar)) {
                own.putIfAbsent(k, i + 1);
                if (Character.UnicodeScript.of(k.codePointAt(0)) == Character.UnicodeScript.LATIN) {
                  own.putIfAbsent(folded(k), i + 1);
                }
              }
            }
          }
        }
        own.forEach((k, m) -> votes.computeIfAbsent(k, x -> new int[13])[m]++);
      }
      Map<String, Integer> out = new HashMap<>();
      votes.forEach((k, v) -> {
        int best = 0;
        boolean tie = false;
        for (int m = 1; m <= 12; m++) {
          if (v[m] > v[best]) {
            best = m;
            tie = false;
          } else if (best > 0 && v[m] == v[best]) {
            tie = true;
          }
        }
        if (best > 0 && !tie) {
          out.put(k, best);
        }
      });
      return Map.copyOf(out);
    }
  }
}
