package dev.readout.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Editor and author names from metadata lines ({@code Editor: Wang Fan}, {@code By Jane Doe}). */
final class Bylines {

  private static final Pattern EDITOR =
      Pattern.compile("(?:editor|edited by|责任编辑|编辑)\\s*[:：]?\\s*(.+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BY = Pattern.compile("^(?:by|written by|reporting by|作者|记者)\\s*[:：]?\\s*(.+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NAME_TOKEN = Pattern.compile("\\p{L}[\\p{L}.'’-]*");
  private static final Pattern HAN_NAME = Pattern.compile("^[\\p{IsHan}·]{2,5}");
  /** Words that end a name in a run-together metadata line. */
  private static final Set<String> STOP =
      Set.of("app", "download", "share", "source", "updated", "print", "published", "and", "in", "for", "from",
          "editor", "reporter", "staff", "writer", "correspondent", "photo", "text", "date", "time");
  private static final int MAX_NAME_WORDS = 4;

  private Bylines() {}

  /** The editor a metadata line names. */
  static Optional<String> editor(String line) {
    if (!containsIgnoreCase(line, "edit") && line.indexOf('编') < 0) {
      return Optional.empty();
    }
    Matcher m = EDITOR.matcher(line);
    return m.find() ? name(m.group(1)) : Optional.empty();
  }

  private static boolean containsIgnoreCase(String s, String ascii) {
    for (int i = 0; i + ascii.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, ascii, 0, ascii.length())) {
        return true;
      }
    }
    return false;
  }

  /** People a byline line names; agencies and desks are not authors. */
  static List<String> authors(String line) {
    Matcher m = BY.matcher(line.strip());
    List<String> out = new ArrayList<>();
    if (!m.find()) {
      return out;
    }
    for (String part : m.group(1).split("\\s*(?:,|;|\\band\\b|&|\\|)\\s*")) {
      name(part)
          .filter(n -> n.contains(" ") || n.codePoints().anyMatch(Character::isIdeographic))
          .filter(n -> Agencies.canonical(n).isEmpty())
          .ifPresent(out::add);
      if (out.size() == 0 && part.length() > 60) {
        break;
      }
    }
    return out;
  }

  /** The leading person name of a fragment: a few name-like words, stopping at capitals-only words. */
  static Optional<String> name(String fragment) {
    String s = fragment.strip();
    Matcher han = HAN_NAME.matcher(s);
    if (han.find()) {
      return Optional.of(han.group());
    }
    List<String> words = new ArrayList<>();
    for (String tok : s.split("\\s+")) {
      if (!NAME_TOKEN.matcher(tok).matches()
          || STOP.contains(tok.toLowerCase(Locale.ROOT))
          || (tok.length() >= 2 && tok.equals(tok.toUpperCase(Locale.ROOT)) && !tok.equals(tok.toLowerCase(Locale.ROOT)))
          || Agencies.canonical(tok).isPresent()) {
        break;
      }
      words.add(tok);
      if (words.size() == MAX_NAME_WORDS) {
        break;
      }
    }
    return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
  }
}
