package dev.readout.meta;

import dev.readout.text.Tsv;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Time-zone marks printed next to times ({@code BJT}, {@code GMT}, {@code +0800}), from zones.tsv. */
final class Zones {

  private static final Map<String, ZoneOffset> NAMES = new LinkedHashMap<>();
  private static final Pattern NAMED;
  private static final Pattern NUMERIC = Pattern.compile("(?:GMT|UTC)?\\s?([+-])(\\d{2}):?(\\d{2})\\b|(?<![\\w])Z\\b");

  static {
    StringBuilder alt = new StringBuilder();
    for (String[] row : Tsv.read(Zones.class, "zones.tsv", 2)) {
      NAMES.put(row[0], ZoneOffset.of(row[1]));
      alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(row[0]));
    }
    NAMED = Pattern.compile("(?<![\\p{L}])(" + alt + ")(?![\\p{L}])");
  }

  private Zones() {}

  /** The offset stated in a text fragment that follows a time of day, if any. */
  static Optional<ZoneOffset> find(String fragment) {
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
    return n.find() ? Optional.of(NAMES.get(n.group(1))) : Optional.empty();
  }
}
