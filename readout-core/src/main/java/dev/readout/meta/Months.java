package dev.readout.meta;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** Month names and abbreviations as news pages write them, in English. */
final class Months {

  /** Regex alternation matching a month name or abbreviation, with an optional period. */
  static final String PATTERN =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          + "sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

  private static final Map<String, Integer> PREFIX =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private Months() {}

  /** The month number of a name or abbreviation in any case ({@code Sept.}, {@code MArch}). */
  static OptionalInt parse(String name) {
    String s = name.toLowerCase(Locale.ROOT).replace(".", "");
    Integer m = s.length() < 3 ? null : PREFIX.get(s.substring(0, 3));
    return m == null ? OptionalInt.empty() : OptionalInt.of(m);
  }
}
