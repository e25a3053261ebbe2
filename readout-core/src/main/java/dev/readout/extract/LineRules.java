package dev.readout.extract;

import dev.readout.text.Scripts;
import dev.readout.text.Tsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Page-furniture rules read from {@code boilerplate.tsv}: navigation, share widgets, related
 * blocks, copyright footers. Immutable after loading; thread-safe.
 */
final class LineRules {

  private record Rule(String reason, int maxWords, Pattern pattern) {}

  static final LineRules DEFAULT = load("boilerplate.tsv");

  private final List<Rule> rules;

  private LineRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static LineRules load(String resource) {
    List<Rule> rules = new ArrayList<>();
    // ASCII case folding only: Unicode case folding costs a table look-up per character on
    // every line, and the non-Latin labels in the table are written in the cases pages use.
    int flags = Pattern.CASE_INSENSITIVE;
    for (String[] f : Tsv.read(LineRules.class, resource, 3)) {
      rules.add(new Rule(f[0], Integer.parseInt(f[1]), Pattern.compile(f[2], flags)));
    }
    return new LineRules(rules);
  }

  /** Why a line is furniture, or empty when no rule says it is. */
  Optional<String> reason(String line) {
    int words = Scripts.wordCount(line);
    for (Rule rule : rules) {
      if ((rule.maxWords == 0 || words <= rule.maxWords) && rule.pattern.matcher(line).find()) {
        return Optional.of(rule.reason);
      }
    }
    return Optional.empty();
  }
}
