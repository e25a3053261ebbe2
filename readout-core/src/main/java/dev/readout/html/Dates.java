package dev.readout.html;

import dev.readout.text.Tsv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds when a page was published and last modified, keeping the two apart. Stated metadata
 * (JSON-LD, {@code article:published_time} and kin, microdata, {@code <time>}) comes first, then a
 * date in the URL, then a visible date line near the article.
 */
final class Dates {

  private static final String[] PUBLISHED_META = metaNames("published");
  private static final String[] MODIFIED_META = metaNames("modified");

  private static final Pattern URL_DATE =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?!\\d)");

  private static final Pattern LITERAL = Pattern.compile("\"([^\"]{8,40})\"|'([^']{8,40})'");

  private static final String[] DATE_CLASS = {
    "date", "time", "publish", "posted", "byline", "meta", "info", "datum", "fecha", "data", "header"
  };

  private Dates() {}

  /** The meta keys of one kind in {@code page-dates.tsv}, in the file's order (earlier wins). */
  private static String[] metaNames(String kind) {
    List<String> names = new ArrayList<>();
    for (String[] row : Tsv.read(Dates.class, "page-dates.tsv", 2)) {
      if (!row[0].equals("published") && !row[0].equals("modified")) {
        throw new IllegalStateException("page-dates.tsv: unknown row kind " + row[0]);
      }
      if (row[0].equals(kind)) {
        names.add(row[1]);
      }
    }
    return names.toArray(String[]::new);
  }

  static Optional<String> published(Document doc, Landmarks marks, MetaTags meta, JsonLd.Article ld, String url, Optional<String> country) {
    Optional<String> inUrl = inUrl(url);
    if (isWiki(meta)) {
      Optional<String> revision = modified(marks, meta, ld).or(() -> lastEdited(doc));
      if (revision.isPresent()) {
        return revision;
      }
    }
    Optional<String> stated = ld.published().flatMap(DateText::iso)
        .or(() -> meta.first(PUBLISHED_META).flatMap(DateText::iso))
        .or(() -> microdata(marks.published))
        .or(() -> timeElement(marks.times));
    if (stated.isPresent()) {
      String utc = stated.get();
      return Optional.of(localDay(utc, inUrl, country));
    }
    return inUrl.or(() -> visible(doc, marks.h1)).or(() -> nearHeadline(doc, marks.h1)).or(() -> written(marks.tinyScripts));
  }

  /**
   * A time stated in UTC may fall on the next or previous day where the page was written. A day
   * in the URL, the publisher's own, that agrees with the UTC day settles it. Else, when every
   * offset of the page's country moves the time to another day, that day wins (date only: the
   * offset is not stated). Else the URL's day wins when an offset between -10 and +10 hours, where
   * nearly all news is written, puts the time on it; a URL day further away is the day the story
   * was begun.
   */
  private static String localDay(String stated, Optional<String> urlDay, Optional<String> country) {
    if (!stated.endsWith("Z") || stated.length() < 16 || urlDay.filter(stated::startsWith).isPresent()) {
      return stated;
    }
    Optional<LocalDate> local = country.flatMap(c -> LocalDay.shifted(stated, c));
    if (local.isPresent()) {
      return local.get().toString();
    }
    return urlDay.filter(u -> LocalDay.couldBe(stated, LocalDate.parse(u))).orElse(stated);
  }

  /**
   * A wiki page is republished with every edit: what it shows is its current revision, and
   * MediaWiki states that revision's time as JSON-LD {@code dateModified} and in the footer line
   * {@code #footer-info-lastmod} ("This page was last edited on ..."), while {@code datePublished}
   * is when the page was first created, often years before the text shown.
   */
  private static boolean isWiki(MetaTags meta) {
    return meta.first("generator").filter(g -> g.regionMatches(true, 0, "MediaWiki", 0, 9)).isPresent();
  }

  /** The text of MediaWiki's last-edited footer line (two skins' ids), read as a date. */
  private static Optional<String> lastEdited(Document doc) {
    for (String id : new String[] {"footer-info-lastmod", "footer-lastmod"}) {
      Element e = doc.getElementById(id);
      if (e != null) {
        Optional<String> d = DateText.inText(e.text());
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A date literal in a tiny inline script such as {@code showDate("2020/04/17 01:43")}: older
   * pages write the date where the script stands, so it is visible text that only a browser sees.
   */
  private static Optional<String> written(List<String> scripts) {
    for (String code : scripts) {
      Matcher m = LITERAL.matcher(code);
      while (m.find()) {
        String lit = m.group(1) != null ? m.group(1) : m.group(2);
        Optional<String> d = DateText.iso(lit).filter(x -> Character.isDigit(lit.charAt(0)));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean dateish(String classAndId) {
    String s = classAndId.toLowerCase(Locale.ROOT);
    for (String w : DATE_CLASS) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The first date written in the text from the first {@code <h1>} on (else from the top). */
  private static Optional<String> nearHeadline(Document doc, Element h1) {
    Element body = doc.body();
    if (body == null) {
      return Optional.empty();
    }
    List<TextNode> texts = new ArrayList<>();
    int[] at = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node == h1) {
          at[0] = texts.size();
        } else if (node instanceof TextNode t && !t.isBlank()) {
          texts.add(t);
        }
        return texts.size() > at[0] + 80 && (h1 == null || at[0] > 0) ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, body);
    int end = Math.min(texts.size(), at[0] + 80);
    for (int i = at[0]; i < end; i++) {
      String t = texts.get(i).text();
      if (DateText.looksLikeDateLine(t)) {
        return DateText.inText(t);
      }
    }
    for (int i = at[0]; i < end; i++) {
      Optional<String> d = DateText.inText(texts.get(i).text());
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  static Optional<String> modified(Landmarks marks, MetaTags meta, JsonLd.Article ld) {
    return ld.modified().flatMap(DateText::iso)
        .or(() -> meta.first(MODIFIED_META).flatMap(DateText::iso))
        .or(() -> microdata(marks.modified));
  }

  private static Optional<String> microdata(List<Element> marked) {
    for (Element e : marked) {
      Optional<String> d = attrDate(e).or(() -> DateText.iso(e.text()));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> attrDate(Element e) {
    for (String a : new String[] {"datetime", "content", "data-datetime", "title"}) {
      String v = e.attr(a);
      if (!v.isEmpty()) {
        Optional<String> d = DateText.iso(v);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /** A {@code <time>} marked as publication time, else the first one with a machine date. */
  private static Optional<String> timeElement(List<Element> times) {
    for (Element t : times) {
      String cls = (t.className() + " " + t.id() + " " + t.parent().className()).toLowerCase(java.util.Locale.ROOT);
      if (t.hasAttr("pubdate") || cls.contains("publish") || cls.contains("posted") || cls.contains("created")) {
        Optional<String> d = attrDate(t).or(() -> DateText.inText(t.text()));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    for (Element t : times) {
      String cls = (t.className() + " " + t.parent().className()).toLowerCase(java.util.Locale.ROOT);
      if (cls.contains("update") || cls.contains("modif")) {
        continue;
      }
      Optional<String> d = attrDate(t);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  static Optional<String> inUrl(String url) {
    if (url.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    while (m.find()) {
      Optional<LocalDate> d = DateText.date(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        return Optional.of(d.get().toString());
      }
    }
    return Optional.empty();
  }

  /**
   * A short visible line in a date-ish element (class or id says date, time, meta, byline). One
   * after the headline wins over one before it: a date above the headline in a top bar is
   * usually today's, not the article's.
   */
  private static Optional<String> visible(Document doc, Element headline) {
    Element body = doc.body();
    if (body == null) {
      return Optional.empty();
    }
    Optional<String> before = Optional.empty();
    boolean after = headline == null;
    for (Element e : Walk.elements(body)) {
      if (e == headline) {
        after = true;
      }
      if (e.attributesSize() == 0 || e.childNodeSize() > 16) {
        continue;
      }
      String ci = e.className() + " " + e.id();
      if (ci.length() > 1 && dateish(ci)) {
        String text = e.text();
        Optional<String> d = text.length() >= 6 && text.length() <= 120 ? DateText.inText(text) : Optional.empty();
        if (d.isPresent() && after) {
          return d;
        }
        before = before.or(() -> d);
      }
    }
    return before;
  }
}
