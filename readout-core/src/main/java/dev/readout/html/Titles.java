package dev.readout.html;

import dev.readout.text.Hosts;
import java.util.ArrayList;
import java.util.HashMap;
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

  /** A stated title; {@code plain} marks {@code og:title}, whose wording is preferred among equals. */
  record Stated(String text, boolean plain) {}

  /** The visible headline: the heading's whole text and its headline proper (kicker left out). */
  record Heading(String text, String proper) {}

  /** How many stated titles the visible headline is worth when it agrees with one of them. */
  private static final double HEADING_WEIGHT = 2;

  /** Characters that end a kicker written inline: {@code "Kicker: Headline"}, {@code "Kicker – Headline"}. */
  private static final String KICKER_END = ":|/–—-";

  /** Shortest headline key (letters and digits) that is matched by its end alone. */
  private static final int MIN_SUFFIX_KEY = 12;

  /**
   * The headline. The stated titles (best first; site names stripped) vote; titles that read the
   * same (letters and digits only) pool their votes, and a title that is another one plus a
   * separator and a tail ({@code "Headline - Section"}) votes for the shorter one. The visible
   * headline counts {@value #HEADING_WEIGHT} votes for the stated titles it agrees with, modulo a
   * kicker on either side; alone it wins only when nothing is stated. Ties go to the better-ranked
   * source; among titles that read the same, the plain ({@code og:title}) wording is kept.
   */
  static Optional<String> choose(List<Stated> stated, Optional<Heading> heading, Optional<String> site, String host) {
    List<Candidate> all = new ArrayList<>();
    for (Stated s : stated) {
      String t = strip(SPACES.matcher(s.text().strip()).replaceAll(" "), site, host);
      String k = BodyEvidence.key(t, Integer.MAX_VALUE);
      if (k.length() >= 2) {
        all.add(new Candidate(t, k, s.plain()));
      }
    }
    Optional<Heading> h = heading.map(x -> new Heading(SPACES.matcher(x.text().strip()).replaceAll(" "), SPACES.matcher(x.proper().strip()).replaceAll(" ")))
        .filter(x -> BodyEvidence.key(x.text(), Integer.MAX_VALUE).length() >= 2);
    if (all.isEmpty()) {
      return h.map(Heading::text);
    }
    List<Candidate> agreeing = new ArrayList<>();
    List<Candidate> others = new ArrayList<>();
    int best = 0;
    for (Candidate c : all) {
      int level = h.map(x -> agreement(c, x)).orElse(0);
      if (level > 0) {
        agreeing.add(c);
        best = Math.max(best, level);
      } else {
        others.add(c);
      }
    }
    Map<String, Integer> votes = votes(others);
    String top = null;
    for (Candidate c : others) {
      if (top == null || votes.get(c.key) > votes.get(top)) {
        top = c.key;
      }
    }
    if (!agreeing.isEmpty() && (top == null || agreeing.size() + HEADING_WEIGHT > votes.get(top)
        || (agreeing.size() + HEADING_WEIGHT == votes.get(top) && all.indexOf(agreeing.get(0)) < all.indexOf(firstWith(others, top))))) {
      return Optional.of(agreed(agreeing, best, h.get()));
    }
    return Optional.of(wording(others, top));
  }

  private static Candidate firstWith(List<Candidate> cs, String key) {
    for (Candidate c : cs) {
      if (c.key.equals(key)) {
        return c;
      }
    }
    return cs.get(0);
  }

  private record Candidate(String text, String key, boolean plain) {}

  /** Votes per key, a title that extends another one with a separated tail voting for the shorter. */
  private static Map<String, Integer> votes(List<Candidate> cs) {
    Map<String, Integer> votes = new HashMap<>();
    for (Candidate c : cs) {
      String target = c.key;
      int len = 0;
      for (Candidate d : cs) {
        if (d.text.length() > len && d.text.length() < c.text.length() && extends_(c.text, d.text)) {
          target = d.key;
          len = d.text.length();
        }
      }
      votes.merge(target, 1, Integer::sum);
      votes.putIfAbsent(c.key, 0);
    }
    return votes;
  }

  /** True when {@code longer} is {@code shorter}, a separator and a tail ({@code "X - Politik"}). */
  private static boolean extends_(String longer, String shorter) {
    if (!longer.startsWith(shorter) || shorter.isEmpty()) {
      return false;
    }
    int i = shorter.length();
    while (i < longer.length() && Character.isWhitespace(longer.charAt(i))) {
      i++;
    }
    return i < longer.length() && !Character.isLetterOrDigit(longer.charAt(i)) && "\"'“”‘’«»„(".indexOf(longer.charAt(i)) < 0;
  }

  /**
   * How a stated title agrees with the visible headline, best first: 5 reads as the headline
   * proper, 4 is the headline proper plus a separated tail, 3 reads as the whole heading (kicker
   * included), 2 is the heading minus a kicker written inline, 1 is the headline proper behind a
   * kicker only the title has; 0 disagrees.
   */
  private static int agreement(Candidate c, Heading h) {
    String pk = BodyEvidence.key(h.proper(), Integer.MAX_VALUE);
    String hk = BodyEvidence.key(h.text(), Integer.MAX_VALUE);
    if (c.key.equals(pk)) {
      return 5;
    }
    if (extends_(c.text, h.proper())) {
      return 4;
    }
    if (c.key.equals(hk)) {
      return 3;
    }
    if (c.key.length() >= MIN_SUFFIX_KEY && afterKicker(h.text(), c.key)) {
      return 2;
    }
    if (pk.length() >= MIN_SUFFIX_KEY && afterKicker(c.text, pk)) {
      return 1;
    }
    return 0;
  }

  /**
   * True when {@code text} is a kicker, a separator ({@code :}, a dash, {@code |}, {@code /}) and
   * then words whose key is {@code key}: {@code "Kenia: Nairobi von unten"} ends with
   * {@code "Nairobi von unten"}, but {@code "Die Schweiz ist ein Ort"} does not end with
   * {@code "ein Ort"}.
   */
  private static boolean afterKicker(String text, String key) {
    for (int i = 1; i < text.length() - 1; i++) {
      if (KICKER_END.indexOf(text.charAt(i)) >= 0 && BodyEvidence.key(text.substring(i + 1), Integer.MAX_VALUE).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** The wording of the agreeing group: its best-agreeing title, or the headline proper. */
  private static String agreed(List<Candidate> agreeing, int best, Heading h) {
    if (best == 4 || (best == 1 && !h.proper().equals(h.text()))) {
      return h.proper();
    }
    List<Candidate> top = new ArrayList<>();
    for (Candidate c : agreeing) {
      if (agreement(c, h) == best) {
        top.add(c);
      }
    }
    return wording(top, top.get(0).key);
  }

  /** Among the titles with {@code key}, the plain one, else the first. */
  private static String wording(List<Candidate> cs, String key) {
    String first = null;
    for (Candidate c : cs) {
      if (c.key.equals(key)) {
        if (c.plain) {
          return c.text;
        }
        if (first == null) {
          first = c.text;
        }
      }
    }
    return first;
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
    // A site mark is mostly the site's name ("NYTimes.com"); a part that only mentions it
    // ("comwrap auf der DMEXCO 2018" on blog.comwrap.com) is the headline's.
    return h.length() >= 3
        && (k.equals(h) || k.replace("the", "").equals(h) || (k.length() > 4 && h.contains(k))
            || (h.length() >= 5 && k.contains(h) && k.length() <= 2 * h.length()));
  }

  /**
   * The distinctive part of a host name, by the public-suffix list: {@code www.nytimes.com} and
   * {@code edition.cnn.com} give {@code nytimes} and {@code cnn}, not {@code edition}.
   */
  private static String hostKey(String host) {
    return BodyEvidence.key(Hosts.siteLabel(host), Integer.MAX_VALUE);
  }

  /** Only the separators sites use for names (| and --), with a tail much shorter than the rest. */
  private static boolean shortTail(String tail, String rest, String sep) {
    boolean siteSep = sep.contains("|") || sep.contains("--") || sep.contains("｜") || sep.contains("_") || sep.contains("*");
    int words = SPACES.split(tail.strip()).length;
    return siteSep && words <= 4 && tail.length() * 2 < rest.length();
  }
}
