package dev.readout.html;

import dev.readout.model.Draft.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads what the page states about its article from {@code <head>}, JSON-LD and microdata, before
 * any cleaning: headline, authors, published and modified times, outlet, language, canonical URL.
 */
final class PageMeta {

  private static final Evaluator ITEM_NAME = QueryParser.parse("[itemprop=name]");

  private final Map<String, List<String>> tags = new LinkedHashMap<>();
  private final Optional<String> title;
  private final Optional<String> articleBody;

  private PageMeta(Optional<String> title, Optional<String> articleBody) {
    this.title = title;
    this.articleBody = articleBody;
  }

  static PageMeta read(Document doc, Optional<URI> url, Landmarks marks) {
    MetaTags meta = MetaTags.read(marks.metas);
    JsonLd.Article ld = JsonLd.read(marks.jsonLd);
    Optional<String> canonical = canonical(marks.canonical, meta);
    String address = canonical.or(() -> url.map(URI::toString)).orElse("");
    String host = host(address);
    Optional<String> site = meta.first("og:site_name", "application-name", "al:ios:app_name", "twitter:app:name:iphone")
        .or(() -> ld.publisher()).map(s -> Parser.unescapeEntities(s, false).strip());
    List<Titles.Stated> stated = new ArrayList<>();
    ld.headline().map(h -> Parser.unescapeEntities(h, false)).ifPresent(h -> stated.add(new Titles.Stated(h, false)));
    meta.first("headline").ifPresent(h -> stated.add(new Titles.Stated(h, false)));
    meta.first("og:title").ifPresent(h -> stated.add(new Titles.Stated(h, true)));
    meta.first("twitter:title").ifPresent(h -> stated.add(new Titles.Stated(h, false)));
    if (!doc.title().isBlank()) {
      stated.add(new Titles.Stated(doc.title(), false));
    }
    Optional<Titles.Heading> heading = Optional.ofNullable(marks.headline()).map(e -> new Titles.Heading(e.text(), Headings.proper(e)));
    Optional<String> title = Titles.choose(stated, heading, site, host);
    PageMeta m = new PageMeta(title, ld.body().map(b -> Parser.unescapeEntities(b, false)));
    title.ifPresent(t -> m.put(Tag.TITLE, t));
    List<String> locales = new ArrayList<>();
    locales.add(doc.child(0).attr("lang"));
    locales.addAll(meta.all("og:locale"));
    locales.addAll(meta.all("content-language"));
    Optional<String> country = LocalDay.country(host, locales);
    country.ifPresent(c -> m.put(Tag.COUNTRY, c.toUpperCase(Locale.ROOT)));
    Dates.published(doc, marks, meta, ld, address, country).ifPresent(d -> m.put(Tag.PUBLISHED, d));
    Dates.modified(marks, meta, ld).ifPresent(d -> m.put(Tag.MODIFIED, d));
    List<String> orgs = new ArrayList<>();
    site.ifPresent(orgs::add);
    ld.publisher().ifPresent(orgs::add);
    authors(marks, meta, ld, orgs).forEach(a -> m.put(Tag.AUTHOR, a));
    site.ifPresent(s -> m.put(Tag.SITE_NAME, s));
    ld.publisher().ifPresent(p -> m.put(Tag.PUBLISHER, p));
    language(doc, meta, ld).ifPresent(l -> m.put(Tag.LANGUAGE, l));
    canonical.ifPresent(c -> m.put(Tag.CANONICAL, c));
    meta.first("description", "og:description", "twitter:description").ifPresent(d -> m.put(Tag.DESCRIPTION, d));
    return m;
  }

  private void put(String key, String value) {
    tags.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  Map<String, List<String>> tags() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    tags.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  Optional<String> title() {
    return title;
  }

  Optional<String> articleBody() {
    return articleBody;
  }

  private static List<String> authors(Landmarks marks, MetaTags meta, JsonLd.Article ld, List<String> orgs) {
    List<String> fromLd = Authors.clean(ld.authors(), orgs);
    if (!fromLd.isEmpty()) {
      return fromLd;
    }
    List<String> raw = new ArrayList<>();
    for (String key : new String[] {"author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "twitter:creator:name"}) {
      for (String v : meta.all(key)) {
        if (!v.startsWith("http")) {
          raw.add(v);
        }
      }
      if (!raw.isEmpty()) {
        break;
      }
    }
    List<String> fromMeta = Authors.clean(raw, orgs);
    if (!fromMeta.isEmpty()) {
      return fromMeta;
    }
    List<String> visible = new ArrayList<>();
    for (Element e : marks.authors) {
      Element name = e.selectFirst(ITEM_NAME);
      String t = name != null ? name.text() : e.text();
      if (t.length() < 80) {
        visible.add(t);
      }
    }
    return Authors.clean(visible, orgs);
  }

  private static Optional<String> language(Document doc, MetaTags meta, JsonLd.Article ld) {
    String lang = doc.child(0).attr("lang");
    if (lang.isBlank()) {
      lang = meta.first("content-language", "og:locale", "language", "dc.language").or(ld::language).orElse("");
    }
    String l = lang.strip().toLowerCase(Locale.ROOT);
    int cut = 0;
    while (cut < l.length() && Character.isLetter(l.charAt(cut))) {
      cut++;
    }
    return cut == 2 ? Optional.of(l.substring(0, 2)) : Optional.empty();
  }

  private static Optional<String> canonical(Element link, MetaTags meta) {
    String href = link == null ? "" : link.attr("href");
    if (!href.isEmpty() && !href.startsWith("http")) {
      href = link.absUrl("href");
    }
    if (href.isEmpty()) {
      href = meta.first("og:url").orElse("");
    }
    if (!href.startsWith("http")) {
      return Optional.empty();
    }
    return Optional.of(href.strip());
  }

  private static String host(String address) {
    try {
      String h = URI.create(address.replace(" ", "%20")).getHost();
      return h == null ? "" : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
