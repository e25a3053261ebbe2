package dev.readout.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Picks the headline among what the page states (JSON-LD, Open Graph, Twitter, {@code <title>},
 * {@code <h1>}) and strips a site-name suffix or prefix such as {@code "Headline | Outlet"}.
 */
final class Titles {

  private static final Pattern SEPARATORS = Pattern.compile("\\s+[|–—·»«:_/*-]{1,2}\\s+|\\s*(?:--|｜|_|：)\\s*");

  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

  private Titles() {}

  /**
   * The headline: the stated titles (best first; site names stripped) vote, titles that read the
   * same (letters and digits only) pool their votes, and a tie goes to the better-ranked source.
   * The first {@code <h1>} votes too; it wins alone only when nothing is stated.
   */
  static Optional<String> choose(List<String> stated, Optional<String> h1, Optional<String> site, String host) {
    Map<String, Integer> votes = new HashMap<>();
    Map<String, String> firstText = new LinkedHashMap<>();
    List<String> all = new ArrayList<>(stated);
    h1.ifPresent(all::add);
    for (String s : all) {
      String t = strip(SPACES.matcher(s.strip()).replaceAll(" "), site, host);
      String k = BodyEvidence.key(t, Integer.MAX_VALUE);
      if (k.length() < 2) {
        continue;
      }
      votes.merge(k, 1, Integer::sum);
      firstText.putIfAbsent(k, t);
    }
    String best = null;
    for (String k : firstText.keySet()) {
      if (best == null || votes.get(k) > votes.get(best)) {
        best = k;
      }
    }
    return Optional.ofNullable(best).map(firstText::get);
  }

  /** Removes site-name parts at either end of a title. */
  static String strip(String title, Optional<String> site, String host) {
    String t = title;
    for (int round = 0; round < 3; round++) {
      String s = stripOnce(t, site, host);
      if (s.equals(t)) {
        break;
      }
      t = s;
    }
    return t;
  }

  private static String stripOnce(String t, Optional<String> site, String host) {
    var m = SEPARATORS.matcher(t);
    int lastStart = -1;
    int lastEnd = -1;
    int firstStart = -1;
    int firstEnd = -1;
    while (m.find()) {
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart <= 0) {
      return t;
    }
    String tail = t.substring(lastEnd);
    String head = t.substring(0, firstStart);
    if (isSite(tail, site, host) || shortTail(tail, t.substring(0, lastStart), t.substring(lastStart, lastEnd))) {
      return t.substring(0, lastStart).strip();
    }
    if (isSite(head, site, host)) {
      return t.substring(firstEnd).strip();
    }
    return t;
  }

  private static boolean isSite(String part, Optional<String> site, String host) {
    String k = BodyEvidence.key(part, Integer.MAX_VALUE);
    if (k.isEmpty()) {
      return false;
    }
    if (site.isPresent()) {
      String s = BodyEvidence.key(site.get(), Integer.MAX_VALUE);
      if (!s.isEmpty() && (s.equals(k) || (k.length() >= 3 && (s.contains(k) || k.contains(s))))) {
        return true;
      }
    }
    String h = hostKey(host);
    return h.length() >= 3
        && (k.equals(h) || k.replace("the", "").equals(h) || (k.length() > 4 && h.contains(k)) || (h.length() >= 5 && k.contains(h)));
  }

  /** The distinctive part of a host name: {@code www.nytimes.com} gives {@code nytimes}. */
  private static String hostKey(String host) {
    String h = host.startsWith("www.") ? host.substring(4) : host;
    int dot = h.indexOf('.');
    return BodyEvidence.key(dot > 0 ? h.substring(0, dot) : h, Integer.MAX_VALUE);
  }

  /** Only the separators sites use for names (| and --), with a tail much shorter than the rest. */
  private static boolean shortTail(String tail, String rest, String sep) {
    boolean siteSep = sep.contains("|") || sep.contains("--") || sep.contains("｜") || sep.contains("_") || sep.contains("*");
    int words = SPACES.split(tail.strip()).length;
    return siteSep && words <= 4 && tail.length() * 2 < rest.length();
  }
}
