package dev.readout.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags text with topic codes from {@code topics.tsv}: a keyword matches a whole word, or the start
 * of one when it ends with {@code *}, case-insensitively. A statement gets every topic one of its
 * keywords occurs in; an article, those with two hits in its body or one in its title. Keywords
 * are looked up by their first two letters at each word start, which keeps tagging linear in the
 * text. Immutable.
 */
final class Topics {

  private record Keyword(String text, boolean stem, int topic) {}

  private final List<String> codes = new ArrayList<>();
  private final Map<String, List<Keyword>> byPrefix = new HashMap<>();

  Topics(Lexicon lex) {
    for (Lexicon.Topic t : lex.topics) {
      int topic = codes.size();
      codes.add(t.code());
      for (String k : t.keywords()) {
        boolean stem = k.endsWith("*");
        String w = Lexicon.lower(stem ? k.substring(0, k.length() - 1) : k);
        byPrefix.computeIfAbsent(prefix(w, 0), x -> new ArrayList<>()).add(new Keyword(w, stem, topic));
      }
    }
  }

  private static String prefix(String s, int at) {
    return s.substring(at, Math.min(s.length(), at + 2));
  }

  /** Hits per topic index. */
  private int[] hits(String text) {
    String s = Lexicon.lower(text).replace('’', '\'');
    int[] hits = new int[codes.size()];
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetterOrDigit(s.charAt(i)) || i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
        continue;
      }
      List<Keyword> candidates = byPrefix.get(prefix(s, i));
      if (candidates == null) {
        continue;
      }
      for (Keyword k : candidates) {
        int end = i + k.text().length();
        if (s.startsWith(k.text(), i) && (k.stem() || end >= s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
          hits[k.topic()]++;
        }
      }
    }
    return hits;
  }

  /** Topic codes of a text, in taxonomy order. */
  List<String> of(String text) {
    int[] h = hits(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < h.length; i++) {
      if (h[i] > 0) {
        out.add(codes.get(i));
      }
    }
    return out;
  }

  /** Topics of an article: those with two hits or more in the body, or one in the title. */
  List<String> ofArticle(String title, String body) {
    int[] b = hits(body);
    int[] t = hits(title);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      if (b[i] >= 2 || t[i] > 0) {
        out.add(codes.get(i));
      }
    }
    return out;
  }
}
