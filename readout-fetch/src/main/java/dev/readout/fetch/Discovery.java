package dev.readout.fetch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a source is, told from what it returned (not its name or content type, which sites get
 * wrong): an RSS, RDF or Atom feed (Rome), a sitemap or sitemap index, news sitemaps included
 * (crawler-commons), or an HTML page, whose links to its own host lead on. Pure functions.
 */
final class Discovery {

  /** What a source was. */
  enum Kind {
    FEED,
    SITEMAP,
    SITEMAP_INDEX,
    PAGE
  }

  /**
   * The pages (or, for a sitemap index, the sitemaps) a source lists, in order, normalised and
   * without repeats; or a reason it lists nothing.
   */
  record Found(Kind kind, List<URI> links) {
    Found {
      links = List.copyOf(links);
    }
  }

  /** Thrown for a body that is none of the kinds, or a broken one. */
  static final class NotASource extends Exception {
    private static final long serialVersionUID = 1L;

    NotASource(String reason) {
      super(reason);
    }
  }

  private Discovery() {}

  /** Reads a source's body. */
  static Found read(Outcome.Body body) throws NotASource {
    String head = head(body);
    if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
      return feed(body);
    }
    if (head.contains("<urlset") || head.contains("<sitemapindex") || isGzip(body)) {
      return sitemap(body);
    }
    if (head.contains("<html") || head.contains("<!doctype html") || body.contentType().toLowerCase(Locale.ROOT).contains("html")) {
      return new Found(Kind.PAGE, links(body, body.uri()));
    }
    throw new NotASource("not a feed, sitemap or HTML page (" + (body.contentType().isEmpty() ? "no content type" : body.contentType()) + ")");
  }

  /** The links of an HTML page to pages on {@code host}'s host. */
  static List<URI> links(Outcome.Body page, URI host) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(page.bytes()), null, page.uri().toString());
    } catch (IOException e) {
      return List.of();
    }
    Set<URI> out = new LinkedHashSet<>();
    for (Element a : doc.select("a[href]")) {
      Urls.normalize(a.absUrl("href"))
          .filter(u -> u.getHost().equalsIgnoreCase(host.getHost()))
          .ifPresent(out::add);
    }
    return new ArrayList<>(out);
  }

  private static Found feed(Outcome.Body body) throws NotASource {
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body.bytes())));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new NotASource("malformed feed: " + firstLine(e.getMessage()));
    }
    Set<URI> out = new LinkedHashSet<>();
    for (SyndEntry entry : feed.getEntries()) {
      String link = entry.getLink();
      if ((link == null || link.isBlank()) && !entry.getLinks().isEmpty()) {
        SyndLink first = entry.getLinks().get(0);
        link = first.getHref();
      }
      if (link == null || link.isBlank()) {
        link = entry.getUri();
      }
      if (link != null) {
        Urls.resolve(body.uri(), link).ifPresent(out::add);
      }
    }
    return new Found(Kind.FEED, new ArrayList<>(out));
  }

  private static Found sitemap(Outcome.Body body) throws NotASource {
    AbstractSiteMap map;
    try {
      SiteMapParser parser = new SiteMapParser(false);
      parser.enableExtensions();
      map = parser.parseSiteMap(body.contentType().isEmpty() ? "text/xml" : body.contentType(), body.bytes(), body.uri().toURL());
    } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
      throw new NotASource("malformed sitemap: " + firstLine(e.getMessage()));
    }
    Set<URI> out = new LinkedHashSet<>();
    if (map instanceof SiteMapIndex index) {
      for (AbstractSiteMap child : index.getSitemaps()) {
        Urls.normalize(child.getUrl().toString()).ifPresent(out::add);
      }
      return new Found(Kind.SITEMAP_INDEX, new ArrayList<>(out));
    }
    for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
      Urls.normalize(u.getUrl().toString()).ifPresent(out::add);
    }
    return new Found(Kind.SITEMAP, new ArrayList<>(out));
  }

  /** The first 2 KB after a byte-order mark, lower-cased, for telling formats apart. */
  private static String head(Outcome.Body body) {
    byte[] b = body.bytes();
    int n = Math.min(b.length, 2048);
    String s = new String(b, 0, n, StandardCharsets.ISO_8859_1);
    if (s.startsWith("\u00ef\u00bb\u00bf")) {
      s = s.substring(3);
    }
    return s.toLowerCase(Locale.ROOT);
  }

  private static boolean isGzip(Outcome.Body body) {
    byte[] b = body.bytes();
    return b.length > 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
