package dev.readout.meta;

import dev.readout.text.Gazetteer;
import dev.readout.text.Tsv;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Wire agencies and their aliases, from agencies.tsv. Immutable; thread-safe. */
final class Agencies {

  private static final Gazetteer ALL;

  static {
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    for (String[] row : Tsv.read(Agencies.class, "agencies.tsv", 2)) {
      aliases.put(row[0], List.of(row[1].split("\\|")));
    }
    ALL = new Gazetteer(aliases);
  }

  private Agencies() {}

  /** The canonical name of an agency alias ({@code 新华社} → {@code Xinhua}), if it is one. */
  static Optional<String> canonical(String alias) {
    return ALL.canonical(alias);
  }

  /** The first agency named in a text. */
  static Optional<String> find(String text) {
    return ALL.find(text);
  }
}
