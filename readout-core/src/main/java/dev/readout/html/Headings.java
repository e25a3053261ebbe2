package dev.readout.html;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads the visible headline element: whether a heading is a breadcrumb's last crumb, and the
 * headline proper when a kicker (topic line) sits in its own child element before it.
 */
final class Headings {

  /** How far up a heading's ancestors a breadcrumb trail or navigation is looked for. */
  private static final int TRAIL_DEPTH = 6;

  private Headings() {}

  /**
   * True when {@code e} sits in a breadcrumb trail or navigation: many CMSs repeat the headline as
   * the trail's last crumb in an {@code <h1>} and show the real headline below it.
   */
  static boolean inTrail(Element e) {
    Element a = e;
    for (int i = 0; i <= TRAIL_DEPTH && a != null; i++) {
      String tag = a.normalName();
      if (tag.equals("body") || tag.equals("html")) {
        return false;
      }
      if (tag.equals("nav") || tag.equals("li") || crumbs(a)) {
        return true;
      }
      a = a.parent();
    }
    return false;
  }

  private static boolean crumbs(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    for (var attr : e.attributes()) {
      String v = attr.getKey().startsWith("data-") ? attr.getKey() : attr.getValue();
      if ((attr.getKey().equals("class") || attr.getKey().equals("id") || attr.getKey().startsWith("data-"))
          && v.toLowerCase(Locale.ROOT).contains("crumb")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The headline proper: the text of the heading's last child element when the heading is made
   * of two or more child elements with text and no loose text of its own (kicker + headline);
   * otherwise the heading's whole text.
   */
  static String proper(Element heading) {
    Element last = null;
    int parts = 0;
    for (Node n : heading.childNodes()) {
      if (n instanceof TextNode t && !t.isBlank()) {
        return heading.text();
      }
      if (n instanceof Element c && c.hasText()) {
        parts++;
        last = c;
      }
    }
    return parts >= 2 ? last.text() : heading.text();
  }
}
