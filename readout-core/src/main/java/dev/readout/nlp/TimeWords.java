package dev.readout.nlp;

import dev.readout.text.Tsv;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of time expressions in one language: month and weekday names from {@code java.time}'s
 * display names for the locale (full and short), the rest from {@code en/time-words.tsv}. Keys are
 * lower-cased with {@link Locale#ROOT}, so lookups do not depend on the default locale. Immutable.
 */
final class TimeWords {

  /** What a word of the data file does in a time expression. */
  enum Kind { DAY, DAYPART, SHIFT, PART, UNIT, AGO, NUMBER, MONTH, PREPOSITION, VAGUE }

  /** A period named by {@code week}, {@code month} and the like. */
  enum Unit { DAY, WEEK, WEEKEND, MONTH, YEAR }

  /**
   * Which part of a period: all of it, up to the reference day ({@code earlier this month}), after
   * it ({@code later this week}); of a month, its first ten days, the 11th to the 20th, the 20th on.
   */
  enum Part { WHOLE, EARLIER, LATER, EARLY, MID, LATE }

  /** One word's class and value (a day offset, a shift, a count, a month number). */
  record Word(Kind kind, String value) {
    int number() {
      return Integer.parseInt(value);
    }
  }

  static final TimeWords ENGLISH = new TimeWords(Locale.ENGLISH, "en/time-words.tsv");

  private final Map<String, Month> months = new HashMap<>();
  private final Map<String, DayOfWeek> weekdays = new HashMap<>();
  private final Map<String, Word> words = new HashMap<>();

  private TimeWords(Locale locale, String resource) {
    for (Month m : Month.values()) {
      months.put(key(m.getDisplayName(TextStyle.FULL, locale)), m);
      months.put(key(m.getDisplayName(TextStyle.SHORT, locale)), m);
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      weekdays.put(key(d.getDisplayName(TextStyle.FULL, locale)), d);
    }
    for (String[] row : Tsv.read(TimeWords.class, resource, 3)) {
      Word w = new Word(Kind.valueOf(row[1].toUpperCase(Locale.ROOT)), row[2]);
      if (w.kind() == Kind.MONTH) {
        months.put(key(row[0]), Month.of(w.number()));
      } else {
        words.put(key(row[0]), w);
      }
    }
  }

  /** The month a capitalised name or abbreviation ({@code Sept}, {@code March}) names. */
  Optional<Month> month(Token t) {
    return t.isCapitalised() ? Optional.ofNullable(months.get(key(t))) : Optional.empty();
  }

  /** The weekday a capitalised full name names. */
  Optional<DayOfWeek> weekday(Token t) {
    return t.isCapitalised() ? Optional.ofNullable(weekdays.get(key(t))) : Optional.empty();
  }

  /** The word's class, if it is a time word of the data file. */
  Optional<Word> word(Token t) {
    return Optional.ofNullable(words.get(key(t)));
  }

  /** Whether the token is a time word of the given class. */
  boolean is(Token t, Kind kind) {
    Word w = words.get(key(t));
    return w != null && w.kind() == kind;
  }

  /** The token's key: its lower-case form, made once per token, without dots ({@code Sept.}). */
  private static String key(Token t) {
    String k = t.lowerKey();
    return k.indexOf('.') < 0 ? k : k.replace(".", "");
  }

  private static String key(String s) {
    return s.replace(".", "").toLowerCase(Locale.ROOT);
  }
}
