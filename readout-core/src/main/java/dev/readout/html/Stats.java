package dev.readout.html;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Per-element text measures computed in one bottom-up pass: visible characters (whitespace not
 * counted, so CJK and Latin text compare fairly), characters inside links, and clause punctuation.
 * Kept beside the DOM, never written into it.
 */
final class Stats {

  /** Measures of one element's subtree. */
  static final class Of {
    int chars;
    int linkChars;
    int commas;
    double score;
    Role role = Role.NONE;
    boolean candidate;

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  private static final Of EMPTY = new Of();
  private final Map<Element, Of> map;

  private Stats(Map<Element, Of> map) {
    this.map = map;
  }

  /** Measures every element in {@code all}, which must be in document (pre-)order. */
  static Stats measure(List<Element> all) {
    Map<Element, Of> map = new IdentityHashMap<>(all.size() * 2);
    Map<String, Role> roles = new HashMap<>();
    Of of = new Of();
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      for (int k = 0, n = e.childNodeSize(); k < n; k++) {
        Node child = e.childNode(k);
        if (child instanceof TextNode t) {
          count(t.getWholeText(), of);
        } else if (child instanceof Element c) {
          Of co = map.get(c);
          if (co != null) {
            of.chars += co.chars;
            of.linkChars += co.linkChars;
            of.commas += co.commas;
          }
        }
      }
      if (of.chars == 0) {
        continue; // no text: nothing to score or write, so no entry (most elements on a page)
      }
      of.role = Evidence.of(e, roles);
      if (e.normalName().equals("a")) {
        of.linkChars = of.chars;
      }
      map.put(e, of);
      of = new Of();
    }
    return new Stats(map);
  }

  private static void count(String s, Of of) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c != '\u00a0' && !Character.isWhitespace(c)) {
        of.chars++;
        if (c == ',' || c == '，' || c == '、' || c == '。' || c == '，') {
          of.commas++;
        }
      }
    }
  }

  /** The element's markup role, computed once per element with text; {@code NONE} without text. */
  Role role(Element e) {
    Of o = map.get(e);
    return o != null ? o.role : Role.NONE;
  }

  Of of(Element e) {
    return map.getOrDefault(e, EMPTY);
  }
}
