package dev.readout.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** Lists elements in document order; a plain recursive walk is cheaper than jsoup's iterator. */
final class Walk {

  private Walk() {}

  static List<Element> elements(Element root) {
    List<Element> out = new ArrayList<>(1024);
    add(root, out);
    return out;
  }

  private static void add(Element e, List<Element> out) {
    out.add(e);
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      Node c = e.childNode(i);
      if (c instanceof Element child) {
        add(child, out);
      }
    }
  }
}
