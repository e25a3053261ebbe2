package dev.readout.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of names, each with aliases, found in text in one regex pass: the aliases become one
 * alternation, longest first, matched as whole words (not glued to letters; digits may touch them,
 * as in run-together page dumps). Immutable; thread-safe.
 */
public final class Gazetteer {

  private final Map<String, String> canonical = new HashMap<>();
  private final Pattern pattern;

  /** @param aliases canonical name → its aliases (the name itself is not implied) */
  public Gazetteer(Map<String, List<String>> aliases) {
    List<String> all = new ArrayList<>();
    aliases.forEach(
        (name, list) -> {
          for (String a : list) {
            canonical.putIfAbsent(a, name);
            all.add(a);
          }
        });
    all.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alt = new StringBuilder();
    for (String a : all) {
      alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(a));
    }
    pattern = Pattern.compile("(?<![\\p{L}])(?:" + alt + ")(?![\\p{L}])");
  }

  /** The canonical name of an alias given whole, if it is one. */
  public Optional<String> canonical(String alias) {
    return Optional.ofNullable(canonical.get(alias.strip()));
  }

  /** The canonical name of the first alias in a text. */
  public Optional<String> find(String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(canonical.get(m.group())) : Optional.empty();
  }
}
