package dev.readout.extract;

import dev.readout.text.Tsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page-furniture rules read from {@code boilerplate.tsv}: navigation, share widgets, related
 * blocks, copyright footers. Immutable after loading; thread-safe.
 */
final class LineRules {

  private record Rule(String reason, int maxWords, List<String> needles, Pattern pattern, boolean anchored) {
    boolean mayMatch(String lower) {
      return needles.isEmpty() || needles.stream().anyMatch(lower::contains);
    }
  }

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
    for (String[] f : Tsv.read(LineRules.class, resource, 4)) {
      List<String> needles = f[2].equals("-") ? List.of() : List.of(f[2].split(","));
      // A rule anchored at the start need only be tried there (lookingAt), not at every offset.
      boolean anchored = f[3].startsWith("^") && !f[3].contains("|^") && !f[3].contains("$|");
      String regex = anchored ? f[3].substring(1) : f[3];
      rules.add(new Rule(f[0], Integer.parseInt(f[1]), needles, Pattern.compile(regex, flags), anchored));
    }
    return new LineRules(rules);
  }

  /** Why a line is furniture, or empty when no rule says it is. */
  Optional<String> reason(String line, int words) {
    String lower = null;
    for (Rule rule : rules) {
      if (rule.maxWords != 0 && words > rule.maxWords) {
        continue;
      }
      if (!rule.needles.isEmpty()) {
        lower = lower == null ? line.toLowerCase(Locale.ROOT) : lower;
        if (!rule.mayMatch(lower)) {
          continue;
        }
      }
      Matcher m = rule.pattern.matcher(line);
      if (rule.anchored ? m.lookingAt() : m.find()) {
        return Optional.of(rule.reason);
      }
    }
    return Optional.empty();
  }
}
