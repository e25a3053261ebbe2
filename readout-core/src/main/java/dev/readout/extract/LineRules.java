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
 * blocks, copyright footers, and credit phrases. Immutable after loading; thread-safe.
 *
 * <p>A line rule drops a whole line; a phrase rule cuts a credit phrase out of a line and keeps
 * the rest. A long line (at least {@value #LONG_LINE} words, prose by length alone) is dropped
 * only by a rule that matches where the line begins: a footer opens with its notice, while a
 * paragraph that mentions a copyright, or a whole article run into one line behind an image
 * credit, does not.
 */
final class LineRules {

  /** Words from which a line is long: {@link Role#isProse} calls it prose on length alone. */
  static final int LONG_LINE = 25;

  /** The max-words value that marks a phrase rule in the table. */
  private static final String PHRASE = "phrase";

  private record Rule(String reason, int maxWords, List<String> needles, Pattern pattern, boolean anchored) {
    boolean mayMatch(String lower) {
      return needles.isEmpty() || needles.stream().anyMatch(lower::contains);
    }
  }

  /** A line with its credit phrases cut out, and the phrases, each with its reason. */
  record Cut(String line, List<Piece> phrases) {}

  /** One phrase cut out of a line. */
  record Piece(String text, String reason) {}

  static final LineRules DEFAULT = load("boilerplate.tsv");

  private final List<Rule> lines;
  private final List<Rule> phrases;

  private LineRules(List<Rule> lines, List<Rule> phrases) {
    this.lines = List.copyOf(lines);
    this.phrases = List.copyOf(phrases);
  }

  static LineRules load(String resource) {
    List<Rule> lines = new ArrayList<>();
    List<Rule> phrases = new ArrayList<>();
    // ASCII case folding only: Unicode case folding costs a table look-up per character on
    // every line, and the non-Latin labels in the table are written in the cases pages use.
    int flags = Pattern.CASE_INSENSITIVE;
    for (String[] f : Tsv.read(LineRules.class, resource, 4)) {
      List<String> needles = f[2].equals("-") ? List.of() : List.of(f[2].split(","));
      boolean phrase = f[1].equals(PHRASE);
      // A rule anchored at the start need only be tried there (lookingAt), not at every offset.
      boolean anchored = !phrase && f[3].startsWith("^") && !f[3].contains("|^") && !f[3].contains("$|");
      String regex = anchored ? f[3].substring(1) : f[3];
      Rule rule = new Rule(f[0], phrase ? 0 : Integer.parseInt(f[1]), needles, Pattern.compile(regex, flags), anchored);
      (phrase ? phrases : lines).add(rule);
    }
    return new LineRules(lines, phrases);
  }

  /** Why a line is furniture, or empty when no rule says it is. */
  Optional<String> reason(String line, int words) {
    boolean longLine = words >= LONG_LINE;
    String lower = null;
    for (Rule rule : lines) {
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
      if (rule.anchored || longLine ? m.lookingAt() : m.find()) {
        return Optional.of(rule.reason);
      }
    }
    return Optional.empty();
  }

  /**
   * A long line with the credit phrases the phrase rules find cut out. Shorter lines come back
   * whole: the line rules judge them as they are.
   */
  Cut cut(String line, int words) {
    if (words < LONG_LINE) {
      return new Cut(line, List.of());
    }
    String lower = line.toLowerCase(Locale.ROOT);
    String rest = line;
    List<Piece> cut = new ArrayList<>();
    for (Rule rule : phrases) {
      if (!rule.mayMatch(lower)) {
        continue;
      }
      Matcher m = rule.pattern.matcher(rest);
      StringBuilder kept = new StringBuilder();
      while (m.find()) {
        cut.add(new Piece(m.group().strip(), rule.reason));
        m.appendReplacement(kept, " ");
      }
      m.appendTail(kept);
      rest = kept.toString();
    }
    return cut.isEmpty() ? new Cut(line, List.of()) : new Cut(rest.replaceAll("\\s{2,}", " ").strip(), cut);
  }
}
