package dev.readout.html;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The article body a page states in JSON-LD ({@code articleBody}), used as evidence: blocks whose
 * text occurs in it weigh more when the container is chosen. Comparison ignores everything but
 * letters and digits, since the stated body often differs in whitespace, entities and quotes.
 */
final class BodyEvidence {

  static final BodyEvidence NONE = new BodyEvidence("");
  private static final int PROBE = 60;
  private final String body;

  private BodyEvidence(String body) {
    this.body = body;
  }

  static BodyEvidence of(String articleBody) {
    String k = key(articleBody, Integer.MAX_VALUE);
    return k.length() < 200 ? NONE : new BodyEvidence(k);
  }

  boolean present() {
    return !body.isEmpty();
  }

  /** How much a paragraph-like element's score counts: more when the stated body holds it. */
  double weight(Element e) {
    if (body.isEmpty()) {
      return 1;
    }
    return contains(e.text()) ? 2 : 0.7;
  }

  boolean contains(String text) {
    String probe = key(text, PROBE);
    return probe.length() >= 10 && body.contains(probe);
  }

  static String key(String s, int max) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), max));
    for (int i = 0, n = s.length(); i < n && b.length() < max; i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
