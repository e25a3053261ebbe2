package dev.readout.html;

import dev.readout.text.Tsv;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Month and weekday names in every language ICU's locale data (CLDR) knows, for reading dates
 * written in words ({@code calendar-names.tsv}, generated from ICU by {@code
 * CalendarNamesFileTest}): each locale's Gregorian names, wide and abbreviated (weekdays also
 * short), format and stand-alone forms ({@code января} and {@code январь}), lower-cased, without
 * a trailing period; Latin month names also without diacritics ({@code fevrier}, {@code aout}),
 * as pages sometimes write them.
 *
 * <p>Traps, settled by counting languages when the file is generated: a word that names
 * different months in different languages ({@code listopad} is November in Czech and Polish,
 * October in Croatian) is read as the month most languages give it, and not at all on a tie; a
 * word that more languages use for a weekday than for a month ({@code sat}, {@code sun}: English
 * weekdays, Hausa and Tongan months) is no month. A weekday word keeps every day it names
 * somewhere: weekdays only confirm a date ({@code Do 25.04.24}).
 *
 * <p>Thread-safe: the tables are read once, on first use, and never change.
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

  /** Holder: read when a name is first looked up, not when dates are first read. */
  private static final class Tables {
    static final Map<String, Integer> MONTHS = new HashMap<>();
    static final Map<String, Set<DayOfWeek>> WEEKDAYS = new HashMap<>();

    static {
      for (String[] row : Tsv.read(CalendarNames.class, "calendar-names.tsv", 3)) {
        switch (row[0]) {
          case "month" -> MONTHS.put(row[1], Integer.valueOf(row[2]));
          case "weekday" -> {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String d : row[2].split(",")) {
              days.add(DayOfWeek.of(Integer.parseInt(d)));
            }
            WEEKDAYS.put(row[1], Set.copyOf(days));
          }
          default -> throw new IllegalStateException("calendar-names.tsv: unknown row kind " + row[0]);
        }
      }
    }
  }
}
