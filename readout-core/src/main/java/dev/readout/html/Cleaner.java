package dev.readout.html;

import dev.readout.model.Removed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Drops what a reader never sees (noting metadata landmarks on the way, removed ones included): scripts, styles, embedded objects, form controls, and nodes the
 * page hides ({@code hidden}, {@code aria-hidden="true"}, {@code display:none}, screen-reader-only
 * classes). Hidden text with words in it is reported with reason {@code hidden}.
 */
final class Cleaner {

  private static final Set<String> JUNK =
      Set.of(
          "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
          "button", "input", "select", "textarea", "link", "meta", "map", "dialog", "video",
          "audio", "picture", "source", "math", "head", "option");

  private static final Set<String> SCREEN_READER =
      Set.of("sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "hidden-text", "offscreen");

  private Cleaner() {}

  /**
   * Removes junk and hidden nodes under {@code root} in place, adding the hidden text that went
   * to {@code removed}; returns the elements that stay, {@code root} first, in document order.
   */
  static List<Element> clean(Element root, List<Removed> removed, Landmarks marks) {
    List<Node> drop = new ArrayList<>();
    List<Element> kept = new ArrayList<>(1024);
    kept.add(root);
    collect(root, drop, removed, kept, marks);
    for (Node n : drop) {
      n.remove();
    }
    return kept;
  }

  private static void collect(Element e, List<Node> drop, List<Removed> removed, List<Element> kept, Landmarks marks) {
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      Node child = e.childNode(i);
      if (child instanceof Comment) {
        drop.add(child);
      } else if (child instanceof Element c) {
        if (JUNK.contains(c.normalName())) {
          marks.addTree(c);
          drop.add(c);
        } else if (hidden(c)) {
          marks.addTree(c);
          drop.add(c);
          String text = c.text();
          if (text.length() > 1) {
            removed.add(new Removed(text, Removed.Reason.HIDDEN));
          }
        } else {
          marks.add(c);
          kept.add(c);
          collect(c, drop, removed, kept, marks);
        }
      }
    }
  }

  static boolean hidden(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) {
      return true;
    }
    String style = e.attr("style");
    if (style.length() > 5 && (style.contains("none") || style.contains("idden") || style.contains("NONE"))) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return true;
      }
    }
    String cls = e.className();
    if (cls.length() < 6 || !(cls.contains("sr-only") || cls.contains("isually") || cls.contains("creen-reader") || cls.contains("ffscreen") || cls.contains("idden-text"))) {
      return false;
    }
    for (String c : e.classNames()) {
      if (SCREEN_READER.contains(c.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
