package dev.readout.html;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Month and weekday names in every language ICU's locale data (CLDR) knows, for reading dates
 * written in words: each locale's Gregorian names, wide and abbreviated (weekdays also short),
 * in their format and stand-alone forms ({@code января} and {@code январь}), lower-cased,
 * without a trailing period; Latin month names also without diacritics ({@code fevrier},
 * {@code aout}), as pages sometimes write them.
 *
 * <p>Traps, settled by counting languages: a word that names different months in different
 * languages ({@code listopad} is November in Czech and Polish, October in Croatian) is read as
 * the month most languages give it, and not at all on a tie; a word that more languages use for a
 * weekday than for a month ({@code sat}, {@code sun}: English weekdays, Hausa and Tongan months)
 * is no month. Month words have at least three letters. A weekday word keeps every day it names
 * somewhere: weekdays only confirm a date ({@code Do 25.04.24}).
 *
 * <p>Thread-safe: the tables are built once, on first use, and never change.
 */
final class CalendarNames {

  private CalendarNames() {}

  /** The month (1-12) {@code word} names, in any case and with or without a trailing period. */
  static OptionalInt month(String word) {
    Integer m = Tables.MONTHS.get(key(word));
    return m == null ? OptionalInt.empty() : OptionalInt.of(m);
  }

  /** The days of the week {@code word} names in some language; empty when it names none. */
  static Set<DayOfWeek> weekdays(String word) {
    return Tables.WEEKDAYS.getOrDefault(key(word), Set.of());
  }

  private static String key(String word) {
    String k = word.strip().toLowerCase(Locale.ROOT);
    return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
  }

  /** A letter or a combining mark: Indic vowel signs are marks inside a word. */
  static boolean isWordChar(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isWord(String k, int minLength) {
    return k.codePointCount(0, k.length()) >= minLength && k.codePoints().allMatch(CalendarNames::isWordChar);
  }

  private static String folded(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
  }

  /** Holder: built when a name is first looked up, not when dates are first read. */
  private static final class Tables {
    /** word → month (index 1-12) → languages naming it so. */
    private static final Map<String, Map<Integer, Set<String>>> MONTH_VOTES = new HashMap<>();
    /** word → day of week → languages naming it so. */
    private static final Map<String, Map<DayOfWeek, Set<String>>> WEEKDAY_VOTES = new HashMap<>();

    static {
      for (ULocale locale : ULocale.getAvailableLocales()) {
        String language = locale.getLanguage();
        DateFormatSymbols symbols = new DateFormatSymbols(GregorianCalendar.class, locale);
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
          for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
            addMonths(symbols.getMonths(context, width), language);
          }
          for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED, DateFormatSymbols.SHORT}) {
            addWeekdays(symbols.getWeekdays(context, width), language);
          }
        }
      }
    }

    static final Map<String, Integer> MONTHS = months();
    static final Map<String, Set<DayOfWeek>> WEEKDAYS = weekdays();

    private static void addMonths(String[] names, String language) {
      for (int i = 0; i < 12 && i < names.length; i++) {
        String k = key(names[i]);
        if (isWord(k, 3)) {
          vote(MONTH_VOTES, k, i + 1, language);
          if (Character.UnicodeScript.of(k.codePointAt(0)) == Character.UnicodeScript.LATIN) {
            vote(MONTH_VOTES, folded(k), i + 1, language);
          }
        }
      }
    }

    /** ICU's weekday arrays are indexed by Calendar.SUNDAY (1) to SATURDAY (7); [0] is empty. */
    private static void addWeekdays(String[] names, String language) {
      for (int i = 1; i <= 7 && i < names.length; i++) {
        String k = key(names[i]);
        if (isWord(k, 2)) {
          vote(WEEKDAY_VOTES, k, DayOfWeek.SUNDAY.plus(i - 1), language);
        }
      }
    }

    private static <T> void vote(Map<String, Map<T, Set<String>>> votes, String word, T value, String language) {
      votes.computeIfAbsent(word, w -> new HashMap<>()).computeIfAbsent(value, v -> new HashSet<>()).add(language);
    }

    private static Map<String, Integer> months() {
      Map<String, Integer> out = new HashMap<>();
      MONTH_VOTES.forEach((word, byMonth) -> {
        int best = 0;
        int most = 0;
        int atMost = 0;
        for (Map.Entry<Integer, Set<String>> e : byMonth.entrySet()) {
          int n = e.getValue().size();
          if (n > most) {
            best = e.getKey();
            most = n;
            atMost = 1;
          } else if (n == most) {
            atMost++;
          }
        }
        if (atMost == 1 && most > weekdayLanguages(word)) {
          out.put(word, best);
        }
      });
      return Map.copyOf(out);
    }

    private static int weekdayLanguages(String word) {
      Set<String> languages = new HashSet<>();
      WEEKDAY_VOTES.getOrDefault(word, Map.of()).values().forEach(languages::addAll);
      return languages.size();
    }

    private static Map<String, Set<DayOfWeek>> weekdays() {
      Map<String, Set<DayOfWeek>> out = new HashMap<>();
      WEEKDAY_VOTES.forEach((word, byDay) -> out.put(word, Set.copyOf(EnumSet.copyOf(byDay.keySet()))));
      return Map.copyOf(out);
    }
  }
}
