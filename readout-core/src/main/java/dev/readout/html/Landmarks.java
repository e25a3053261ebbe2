package dev.readout.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

/**
 * The elements metadata is read from, gathered during the cleaning walk (and a walk over
 * {@code <head>} and over removed subtrees) instead of one query each: {@code <meta>}, JSON-LD scripts, the canonical link, the first {@code <h1>},
 * {@code <time>}, and microdata or {@code rel} marks for dates and authors.
 */
final class Landmarks {

  final List<Element> metas = new ArrayList<>();
  final List<Element> jsonLd = new ArrayList<>();
  final List<Element> times = new ArrayList<>();
  final List<Element> published = new ArrayList<>();
  final List<Element> modified = new ArrayList<>();
  final List<Element> authors = new ArrayList<>();
  /** Tiny inline scripts, which on older pages write the date where they stand. */
  final List<String> tinyScripts = new ArrayList<>();
  private static final int TINY_SCRIPT = 120;
  private static final int MAX_TINY_SCRIPTS = 40;

  Element canonical;
  Element h1;
  private Element headline;
  private Element crumbHeadline;
  private Element afterCrumb;

  /** Notes {@code e} and every element under it. */
  void addTree(Element e) {
    add(e);
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof Element c) {
        addTree(c);
      }
    }
  }

  /** Notes {@code e} alone; the caller walks the tree. */
  void add(Element e) {
    switch (e.normalName()) {
      case "meta" -> metas.add(e);
      case "script" -> {
        if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
          jsonLd.add(e);
        } else if (tinyScripts.size() < MAX_TINY_SCRIPTS && e.childNodeSize() == 1 && e.childNode(0) instanceof DataNode d) {
          String code = d.getWholeData();
          if (code.length() <= TINY_SCRIPT && code.length() >= 10) {
            tinyScripts.add(code);
          }
        }
      }
      case "link" -> {
        if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
          canonical = e;
        }
      }
      case "h1" -> {
        if (h1 == null) {
          h1 = e;
        }
        noteHeadline(e);
      }
      case "h2" -> {
        if (crumbHeadline != null && headline == null && afterCrumb == null && !Headings.inTrail(e) && e.hasText()) {
          afterCrumb = e;
        }
      }
      case "time" -> times.add(e);
      default -> { }
    }
    if (e.attributesSize() == 0) {
      return;
    }
    String itemprop = e.attr("itemprop");
    if (itemprop.equals("datePublished")) {
      published.add(e);
    } else if (itemprop.equals("dateModified")) {
      modified.add(e);
    } else if (itemprop.equals("author") || e.attr("rel").equals("author")) {
      authors.add(e);
    }
  }

  /**
   * The headline a reader sees: the first {@code <h1>} with text outside a breadcrumb trail or
   * navigation; when the page's first {@code <h1>} is the last crumb of a trail (a common CMS
   * pattern), the first {@code <h2>} after it, which then holds the article's headline.
   */
  Element headline() {
    if (afterCrumb != null) {
      return afterCrumb;
    }
    return headline != null ? headline : crumbHeadline;
  }

  private void noteHeadline(Element e) {
    if (headline != null || afterCrumb != null || !e.hasText()) {
      return;
    }
    if (Headings.inTrail(e)) {
      if (crumbHeadline == null) {
        crumbHeadline = e;
      }
    } else {
      headline = e;
    }
  }
}
