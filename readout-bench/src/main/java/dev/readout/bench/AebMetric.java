package dev.readout.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The AEB body metric, ported from {@code shared/eval/score_aeb.py}: tokens are Python {@code \w+}
 * runs (letters, digits, underscore; combining marks split words, as in Python), 4-gram multisets
 * give tp, fp, fn normalised by their sum; precision and recall are averaged over pages.
 */
final class AebMetric {

  /** Normalised true positives, false positives and false negatives of one page. */
  record Counts(double tp, double fp, double fn) {}

  /** Mean precision, mean recall, and F1 of the two means. */
  record Score(double f1, double precision, double recall) {}

  private AebMetric() {}

  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!word(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && word(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      out.add(s.substring(start, i));
    }
    return out;
  }

  /** Python's {@code \w}: str.isalnum() or underscore. */
  static boolean word(int cp) {
    if (cp == '_') {
      return true;
    }
    int t = Character.getType(cp);
    return switch (t) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> toks = tokens(text == null ? "" : text);
    Map<List<String>, Integer> out = new HashMap<>();
    int n = 4;
    int count = Math.max(1, toks.size() - n + 1);
    for (int i = 0; i < count; i++) {
      List<String> g = toks.subList(Math.min(i, toks.size()), Math.min(i + n, toks.size()));
      if (!g.isEmpty()) {
        out.merge(List.copyOf(g), 1, Integer::sum);
      }
    }
    return out;
  }

  static Counts counts(String truth, String pred) {
    Map<List<String>, Integer> a = shingles(truth);
    Map<List<String>, Integer> b = shingles(pred);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<List<String>, Integer> e : a.entrySet()) {
      int x = e.getValue();
      int y = b.getOrDefault(e.getKey(), 0);
      tp += Math.min(x, y);
      fn += Math.max(0, x - y);
    }
    for (Map.Entry<List<String>, Integer> e : b.entrySet()) {
      int x = a.getOrDefault(e.getKey(), 0);
      fp += Math.max(0, e.getValue() - x);
    }
    double s = tp + fp + fn;
    return s == 0 ? new Counts(0, 0, 0) : new Counts(tp / s, fp / s, fn / s);
  }

  /** Scores predictions (page id to body; a missing page is an empty body) against gold bodies. */
  static Score score(Map<String, String> gold, Map<String, String> pred) {
    double ps = 0;
    int pn = 0;
    double rs = 0;
    int rn = 0;
    for (Map.Entry<String, String> g : gold.entrySet()) {
      Counts c = counts(g.getValue(), pred.getOrDefault(g.getKey(), ""));
      if (c.tp() + c.fp() > 0) {
        ps += c.tp() / (c.tp() + c.fp());
        pn++;
      } else if (c.fp() == 0 && c.fn() == 0) {
        ps += 1;
        pn++;
      }
      if (c.tp() + c.fn() > 0) {
        rs += c.tp() / (c.tp() + c.fn());
        rn++;
      }
    }
    double p = pn == 0 ? 0 : ps / pn;
    double r = rn == 0 ? 0 : rs / rn;
    return new Score(p + r == 0 ? 0 : 2 * p * r / (p + r), p, r);
  }

  /** Per-page F1 of one prediction, for listing the worst pages. */
  static double pageF1(String truth, String pred) {
    Counts c = counts(truth, pred);
    double p = c.tp() + c.fp() == 0 ? 0 : c.tp() / (c.tp() + c.fp());
    double r = c.tp() + c.fn() == 0 ? 0 : c.tp() / (c.tp() + c.fn());
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
