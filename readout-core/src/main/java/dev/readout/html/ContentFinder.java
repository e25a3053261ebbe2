package dev.readout.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Chooses the elements that hold the article. Every paragraph-like block scores by its length and
 * clause punctuation; the score flows to its ancestors, damped with distance; an ancestor's total
 * is weighted by its markup evidence and discounted by its link density. The best ancestor wins,
 * moves up when its parent holds comparable content, and takes along siblings that score well.
 */
final class ContentFinder {

  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "dd");
  private static final Set<String> DIVS = Set.of("div", "section", "article", "main", "span", "font", "center");
  private static final int MIN_CHARS = 20;
  private static final double BOILERPLATE_DAMPING = 0.1;

  private final Stats stats;
  private final BodyEvidence evidence;

  ContentFinder(Stats stats, BodyEvidence evidence) {
    this.stats = stats;
    this.evidence = evidence;
  }

  /** The article's containers in document order, or just {@code body} when nothing scores. */
  List<Element> find(Element body, List<Element> all) {
    List<Element> candidates = new ArrayList<>();
    Set<Element> boilerplate = boilerplate(all, stats.of(body).chars);
    for (Element e : all) {
      if (paragraphLike(e)) {
        Stats.Of of = stats.of(e);
        if (of.chars >= MIN_CHARS) {
          double s = paragraphScore(e, of);
          spread(e, boilerplate.contains(e) ? s * BOILERPLATE_DAMPING : s, candidates);
        }
      }
    }
    Element top = null;
    double best = 0;
    for (Element c : candidates) {
      Stats.Of of = stats.of(c);
      of.score = of.score * (1 - of.linkDensity());
      if (of.score > best) {
        best = of.score;
        top = c;
      }
    }
    if (top == null) {
      return List.of(body);
    }
    top = climb(top, body);
    return withSiblings(top);
  }

  /**
   * Elements inside a subtree marked as comments, or as related links, navigation, share bar or
   * widget when links make up much of it (class words mix: {@code content-with-sidebar}), when
   * that subtree is a minor part of the page (a whole page can carry such a class).
   */
  private Set<Element> boilerplate(List<Element> all, int pageChars) {
    Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : all) {
      if (stats.of(e).chars == 0) {
        continue;
      }
      Element p = e.parent();
      if (p != null && out.contains(p)) {
        out.add(e);
        continue;
      }
      Role r = stats.role(e);
      if (r == Role.COMMENTS || (r.negative() && r != Role.CAPTION && r != Role.METADATA && stats.of(e).linkDensity() >= 0.3)) {
        if (stats.of(e).chars < pageChars / 2) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private double paragraphScore(Element e, Stats.Of of) {
    double s = 1 + Math.min(of.commas, 12) + Math.min(of.chars / 100.0, 3);
    s *= evidence.weight(e);
    return s;
  }

  private static boolean paragraphLike(Element e) {
    String name = e.normalName();
    if (PARAGRAPHS.contains(name)) {
      return true;
    }
    return DIVS.contains(name) && hasOwnText(e);
  }

  private static boolean hasOwnText(Element e) {
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof TextNode t && visibleChars(t.getWholeText()) >= MIN_CHARS) {
        return true;
      }
    }
    return false;
  }

  private static int visibleChars(String s) {
    int count = 0;
    for (int i = 0, n = s.length(); i < n && count < MIN_CHARS; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  private void spread(Element p, double score, List<Element> candidates) {
    Element a = p.parent();
    for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
      if (a.normalName().equals("html")) {
        break;
      }
      Stats.Of of = stats.of(a);
      if (!of.candidate) {
        of.candidate = true;
        of.score = initialScore(a);
        candidates.add(a);
      }
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      of.score += score / divider;
    }
  }

  private double initialScore(Element e) {
    double s =
        switch (e.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    Role r = stats.role(e);
    if (r == Role.POSITIVE) {
      s += e.attr("itemprop").equals("articleBody") ? 50 : 25;
    } else if (r.negative() && r != Role.CAPTION) {
      s -= 25;
    }
    return s;
  }

  /** Readability's rule: a parent that keeps most of the score is the better container. */
  private Element climb(Element top, Element body) {
    double last = stats.of(top).score;
    double threshold = last / 3;
    for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
      Stats.Of of = stats.of(p);
      if (!of.candidate) {
        continue;
      }
      if (of.score < threshold) {
        break;
      }
      if (of.score > last) {
        return p;
      }
      last = of.score;
    }
    return top;
  }

  private List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double topScore = stats.of(top).score;
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element s : parent.children()) {
      if (s == top || keepSibling(s, top, topScore, threshold)) {
        out.add(s);
      }
    }
    return out;
  }

  private boolean keepSibling(Element s, Element top, double topScore, double threshold) {
    Stats.Of of = stats.of(s);
    double bonus = !top.className().isEmpty() && s.className().equals(top.className()) ? topScore * 0.2 : 0;
    if (of.candidate && of.score + bonus >= threshold) {
      return true;
    }
    if (s.normalName().equals("p")) {
      double ld = of.linkDensity();
      return (of.chars > 80 && ld < 0.25) || (of.chars > 0 && of.chars <= 80 && ld == 0 && endsSentence(s.text()));
    }
    return false;
  }

  private static boolean endsSentence(String t) {
    return t.endsWith(".") || t.endsWith("。") || t.endsWith("!") || t.endsWith("?") || t.endsWith("\"") || t.endsWith("”");
  }
}
