package dev.readout.bench.gold;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves an annotator's pointers (a few words quoted from the text, optionally with a 1-based
 * {@code occurrence}) to spans of one story text. Whitespace runs match any whitespace run; curly
 * quotes, apostrophes and dashes match their straight forms; case matters. Errors are {@link
 * IllegalArgumentException}s whose message says what is wrong with the pointer.
 */
final class Pointers {

  /** A parsed pointer: the quote and its optional occurrence. */
  record Pointer(String quote, OptionalInt occurrence) {}

  private final String text;
  private final String folded;

  Pointers(String text) {
    this.text = text;
    this.folded = fold(text);
  }

  /** A string, or an object with {@code quote} and optional {@code occurrence}. */
  static Pointer parse(JsonNode n) {
    if (n != null && n.isTextual()) {
      return check(new Pointer(n.asText(), OptionalInt.empty()));
    }
    if (n != null && n.isObject() && n.path("quote").isTextual()) {
      n.fieldNames().forEachRemaining(f -> {
        if (!f.equals("quote") && !f.equals("occurrence")) {
          throw new IllegalArgumentException("unknown pointer field \"" + f + "\"");
        }
      });
      JsonNode occ = n.get("occurrence");
      if (occ != null && (!occ.isInt() || occ.asInt() < 1)) {
        throw new IllegalArgumentException("occurrence must be an integer >= 1");
      }
      return check(new Pointer(n.get("quote").asText(), occ == null ? OptionalInt.empty() : OptionalInt.of(occ.asInt())));
    }
    throw new IllegalArgumentException("a pointer is a string or {\"quote\": ..., \"occurrence\": n}");
  }

  private static Pointer check(Pointer p) {
    if (p.quote().isBlank()) {
      throw new IllegalArgumentException("empty quote");
    }
    return p;
  }

  /** The pointer in the whole text: unique, or its {@code occurrence}. */
  Span unique(Pointer p) {
    List<Span> all = matches(p, 0);
    if (p.occurrence().isPresent()) {
      return nth(p, all);
    }
    if (all.size() > 1) {
      throw new IllegalArgumentException(describe(p) + " found " + all.size()
          + " times: add words or give \"occurrence\" (1.." + all.size() + ")");
    }
    return all.get(0);
  }

  /** The first match starting at or after {@code from}, or the {@code occurrence}-th from there. */
  Span after(Pointer p, int from) {
    List<Span> all = matches(p, from);
    return p.occurrence().isPresent() ? nth(p, all) : all.get(0);
  }

  /**
   * The match nearest to {@code target} and outside it (inside only when no other), in the same
   * paragraph before any other, ties to the earlier; the {@code occurrence}-th in the whole text
   * when one is given.
   */
  Span nearest(Pointer p, Span target) {
    List<Span> all = matches(p, 0);
    if (p.occurrence().isPresent()) {
      return nth(p, all);
    }
    List<Span> outside = all.stream().filter(s -> s.distance(target) > 0 || s.end() == target.start()
        || s.start() == target.end()).toList();
    List<Span> pool = outside.isEmpty() ? all : outside;
    return pool.stream()
        .min(Comparator.comparing((Span s) -> crossesParagraph(s, target))
            .thenComparingInt(s -> s.distance(target)).thenComparingInt(Span::start))
        .get();
  }

  private boolean crossesParagraph(Span a, Span b) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(a.start(), b.start());
    return from < to && text.substring(from, to).contains("\n\n");
  }

  /** The sentence holding {@code s}, by the JDK's English sentence breaks inside its paragraph. */
  Span sentence(Span s) {
    int ps = text.lastIndexOf("\n\n", s.start());
    ps = ps < 0 ? 0 : ps + 2;
    int pe = text.indexOf("\n\n", s.end());
    pe = pe < 0 ? text.length() : pe;
    if (pe < s.end()) {
      pe = s.end();
    }
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(text.substring(ps, pe));
    int start = it.preceding(s.start() - ps + 1);
    start = start == BreakIterator.DONE ? 0 : start;
    int end = it.following(Math.max(s.end() - ps - 1, start));
    end = end == BreakIterator.DONE ? pe - ps : end;
    String inner = text.substring(ps + start, ps + end);
    int trail = inner.length() - inner.stripTrailing().length();
    return new Span(ps + start, ps + end - trail);
  }

  private Span nth(Pointer p, List<Span> all) {
    int n = p.occurrence().getAsInt();
    if (n > all.size()) {
      throw new IllegalArgumentException(describe(p) + " has occurrence " + n + " but is found " + all.size() + " times");
    }
    return all.get(n - 1);
  }

  private List<Span> matches(Pointer p, int from) {
    String[] words = fold(p.quote()).strip().split("\\s+");
    StringBuilder re = new StringBuilder();
    for (String w : words) {
      re.append(re.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
    }
    Matcher m = Pattern.compile(re.toString()).matcher(folded);
    List<Span> out = new ArrayList<>();
    int at = from;
    while (at <= folded.length() && m.find(at)) {
      out.add(new Span(m.start(), m.end()));
      at = m.start() + 1;
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(describe(p) + " not found" + (from > 0 ? " after offset " + from : ""));
    }
    return out;
  }

  static String describe(Pointer p) {
    return "\"" + p.quote() + "\"" + (p.occurrence().isPresent() ? " (occurrence " + p.occurrence().getAsInt() + ")" : "");
  }

  /** Same length as {@code s}: typographic quotes, dashes and spaces folded to ASCII. */
  static String fold(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = switch (c[i]) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> '\'';
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
        case '\u00A0', '\u2007', '\u2009', '\u202F' -> ' ';
        default -> c[i];
      };
    }
    return new String(c);
  }
}
