package dev.readout.html;

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

  private static final String[] PUBLISHED_META = {
    "article:published_time", "og:article:published_time", "published_time", "datepublished",
    "article.published", "publishdate", "publish-date", "publish_date", "pubdate", "pub_date",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
    "dc.date.created", "dcterms.created", "date", "citation_publication_date", "originalpublicationdate",
    "article:published", "og:published_time", "cxenseparse:recs:publishtime", "rnews:datepublished",
    "datecreated", "publication_date", "release_date", "created", "date_published", "og:pubdate"
  };

  private static final String[] MODIFIED_META = {
    "article:modified_time", "og:updated_time", "datemodified", "article.updated", "dc.date.modified",
    "dcterms.modified", "last-modified", "lastmod", "og:modified_time", "article:modified", "date_modified"
  };

  private static final Pattern URL_DATE =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?!\\d)");

  private static final String[] DATE_CLASS = {
    "date", "time", "publish", "posted", "byline", "meta", "info", "datum", "fecha", "data", "header"
  };

  private Dates() {}

  static Optional<String> published(Document doc, Landmarks marks, MetaTags meta, JsonLd.Article ld, String url) {
    Optional<String> inUrl = inUrl(url);
    Optional<String> stated = ld.published().flatMap(DateText::iso)
        .or(() -> meta.first(PUBLISHED_META).flatMap(DateText::iso))
        .or(() -> microdata(marks.published))
        .or(() -> timeElement(marks.times));
    if (stated.isPresent()) {
      String utc = stated.get();
      return Optional.of(localDay(utc, inUrl));
    }
    return inUrl.or(() -> visible(doc)).or(() -> nearHeadline(doc, marks.h1));
  }

  /**
   * A time stated in UTC may fall on the next or previous day where the page was written; the
   * day in the URL or shown on the page is the publisher's own, so it wins when the two are one
   * day apart.
   */
  private static String localDay(String stated, Optional<String> urlDay) {
    if (urlDay.isEmpty() || !stated.endsWith("Z") || stated.startsWith(urlDay.get())) {
      return stated;
    }
    LocalDate s = LocalDate.parse(stated.substring(0, 10));
    LocalDate u = LocalDate.parse(urlDay.get());
    return Math.abs(s.toEpochDay() - u.toEpochDay()) == 1 ? urlDay.get() : stated;
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

  /** A short visible line in a date-ish element (class or id says date, time, meta, byline). */
  private static Optional<String> visible(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return Optional.empty();
    }
    for (Element e : Walk.elements(body)) {
      if (e.attributesSize() == 0 || e.childNodeSize() > 16) {
        continue;
      }
      String ci = e.className() + " " + e.id();
      if (ci.length() > 1 && dateish(ci)) {
        String text = e.text();
        if (text.length() >= 6 && text.length() <= 120) {
          Optional<String> d = DateText.inText(text);
          if (d.isPresent()) {
            return d;
          }
        }
      }
    }
    return Optional.empty();
  }
}
