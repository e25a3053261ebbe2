package dev.readout.meta;

import dev.readout.text.Tsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Wire agencies and their aliases, from agencies.tsv. Immutable; thread-safe. */
final class Agencies {

  private record Agency(String name, Pattern pattern) {}

  private static final List<Agency> ALL = new ArrayList<>();

  static {
    for (String[] row : Tsv.read(Agencies.class, "agencies.tsv", 2)) {
      StringBuilder alt = new StringBuilder();
      for (String alias : row[1].split("\\|")) {
        alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(alias));
      }
      // Aliases may be glued to digits in page dumps ("00:29:06Xinhua"), never to letters.
      ALL.add(new Agency(row[0], Pattern.compile("(?<![\\p{L}])(?:" + alt + ")(?![\\p{Ll}\\p{Lu}])")));
    }
  }

  private Agencies() {}

  /** The canonical name of an agency alias ({@code 新华社} → {@code Xinhua}), if it is one. */
  static Optional<String> canonical(String alias) {
    String a = alias.strip();
    for (Agency ag : ALL) {
      Matcher m = ag.pattern.matcher(a);
      if (m.matches()) {
        return Optional.of(ag.name);
      }
    }
    return Optional.empty();
  }

  /** The first agency named in a text, by position. */
  static Optional<String> find(String text) {
    String best = null;
    int at = Integer.MAX_VALUE;
    for (Agency ag : ALL) {
      Matcher m = ag.pattern.matcher(text);
      if (m.find() && m.start() < at) {
        at = m.start();
        best = ag.name;
      }
    }
    return Optional.ofNullable(best);
  }
}
