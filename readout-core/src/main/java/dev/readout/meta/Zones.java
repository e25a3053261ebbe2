package dev.readout.meta;

import dev.readout.text.Tsv;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time-zone marks printed next to times ({@code BJT}, {@code GMT}, {@code +0800}), from
 * zones.tsv. An abbreviation that means different offsets in different countries ({@code CST}:
 * China, the American Central zone, Cuba) is read by the page's country, or not at all.
 * Thread-safe.
 */
final class Zones {

  /** One reading of an abbreviation: its offset, and the countries where it holds (empty: all). */
  private record Reading(ZoneOffset offset, List<String> countries) {
    boolean holdsIn(String country) {
      return countries.contains(country);
    }
  }

  private static final Map<String, List<Reading>> NAMES = new LinkedHashMap<>();
  private static final Pattern NAMED;
  private static final Pattern NUMERIC = Pattern.compile("(?:GMT|UTC)?\\s?([+-])(\\d{2}):?(\\d{2})\\b|(?<![\\w])Z\\b");

  static {
    StringBuilder alt = new StringBuilder();
    for (String[] row : Tsv.read(Zones.class, "zones.tsv", 3)) {
      List<String> countries = row[2].equals("*") ? List.of() : List.of(row[2].split("\\|"));
      if (!NAMES.containsKey(row[0])) {
        alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(row[0]));
      }
      NAMES.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new Reading(ZoneOffset.of(row[1]), countries));
    }
    NAMED = Pattern.compile("(?<![\\p{L}])(" + alt + ")(?![\\p{L}])");
  }

  private Zones() {}

  /**
   * The offset stated in a text fragment that follows a time of day, if any. {@code country}, the
   * page's ISO 3166-1 alpha-2 code when known, picks the reading of an ambiguous abbreviation;
   * without it, or from a country none of the readings names, an ambiguous one is no offset.
   */
  static Optional<ZoneOffset> find(String fragment, Optional<String> country) {
    Matcher m = NUMERIC.matcher(fragment);
    if (m.find()) {
      if (m.group(1) == null) {
        return Optional.of(ZoneOffset.UTC);
      }
      int h = Integer.parseInt(m.group(2));
      int min = Integer.parseInt(m.group(3));
      if (h <= 14 && min < 60) {
        int sign = m.group(1).equals("-") ? -1 : 1;
        return Optional.of(ZoneOffset.ofHoursMinutes(sign * h, sign * min));
      }
    }
    Matcher n = NAMED.matcher(fragment);
    return n.find() ? read(NAMES.get(n.group(1)), country.map(c -> c.toUpperCase(Locale.ROOT))) : Optional.empty();
  }

  private static Optional<ZoneOffset> read(List<Reading> readings, Optional<String> country) {
    if (readings.size() == 1) {
      return Optional.of(readings.get(0).offset());
    }
    return country.flatMap(c -> readings.stream().filter(r -> r.holdsIn(c)).map(Reading::offset).findFirst());
  }
}
