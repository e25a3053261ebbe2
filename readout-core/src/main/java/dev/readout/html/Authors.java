package dev.readout.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans author strings into person names: drops "By", roles, e-mail addresses, URLs and
 * organisations (the outlet, news agencies, "Staff"), splits lists. Fewer names that are right
 * beat more names that are wrong, so anything doubtful is left out.
 */
final class Authors {

  private static final Pattern PREFIX =
      Pattern.compile(
          "^(?:by|von|par|por|di|door|av|af|przez|written by|posted by|reporting by|text|autor|autorin|author|作者|记者|文|编辑)\\s*[:：]?\\s+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SPLIT =
      Pattern.compile("\\s*(?:,|;|/|\\||、|，|&|\\s+and\\s+|\\s+und\\s+|\\s+y\\s+|\\s+et\\s+|\\s+e\\s+|\\s+og\\s+|\\s+en\\s+|\\s+i\\s+)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern PAREN = Pattern.compile("\\s*[(\\[（].*?[)\\]）]\\s*");
  private static final Set<String> ORG_WORDS =
      Set.of(
          "staff", "news", "newsroom", "agency", "agencies", "press", "team", "desk", "editor",
          "editors", "editorial", "redaktion", "reuters", "afp", "dpa", "xinhua", "bureau", "online",
          "media", "correspondent", "reporter", "contributor", "associated", "times", "post", "daily",
          "magazine", "network", "group", "inc", "ltd", "gmbh", "admin", "administrator", "guest",
          "wire", "service", "services", "journal", "tribune", "herald", "radio", "tv", "television",
          "com", "redacción", "rédaction", "redazione", "sport", "sports", "unknown", "anonymous");

  private static final Pattern EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}.]+$");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private Authors() {}

  /** Cleaned person names from raw author strings; {@code orgs} are names to leave out. */
  static List<String> clean(List<String> raw, List<String> orgs) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> orgKeys = new ArrayList<>();
    for (String o : orgs) {
      String k = BodyEvidence.key(o, Integer.MAX_VALUE);
      if (!k.isEmpty()) {
        orgKeys.add(k);
      }
    }
    for (String r : raw) {
      String s = PAREN.matcher(r.strip()).replaceAll(" ").strip();
      s = PREFIX.matcher(s).replaceFirst("");
      for (String part : SPLIT.split(s)) {
        person(part, orgKeys).ifPresent(p -> out.putIfAbsent(BodyEvidence.key(p, Integer.MAX_VALUE), p));
      }
    }
    return List.copyOf(out.values());
  }

  private static Optional<String> person(String part, List<String> orgKeys) {
    String p = PREFIX.matcher(part.strip()).replaceFirst("").strip();
    p = EDGES.matcher(p).replaceAll("");
    if (p.length() < 2 || p.length() > 60 || p.contains("@") || p.contains("http") || p.contains("www.")) {
      return Optional.empty();
    }
    for (int i = 0; i < p.length(); i++) {
      if (Character.isDigit(p.charAt(i))) {
        return Optional.empty();
      }
    }
    String[] words = SPACE.split(p);
    boolean cjk = Character.isIdeographic(p.codePointAt(0));
    if (words.length > 5 || (!cjk && words.length < 2)) {
      return Optional.empty();
    }
    for (String w : words) {
      if (ORG_WORDS.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))) {
        return Optional.empty();
      }
    }
    String k = BodyEvidence.key(p, Integer.MAX_VALUE);
    for (String o : orgKeys) {
      if (o.equals(k) || (k.length() > 3 && o.contains(k)) || k.contains(o)) {
        return Optional.empty();
      }
    }
    if (!cjk && p.equals(p.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(p);
  }
}
