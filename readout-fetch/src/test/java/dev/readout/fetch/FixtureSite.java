package dev.readout.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A news site on 127.0.0.1 (port 0) for fetch tests. Synthetic: articles about diplomatic meetings
 * written for these tests, not copied from anywhere.
 *
 * <ul>
 *   <li>{@code /robots.txt}: disallows {@code /private/}, asks a crawl-delay of 3 s.
 *   <li>{@code /feed.xml} (RSS, with ETag), {@code /atom.xml}, {@code /sitemap-index.xml} over
 *       {@code /sitemap.xml} and {@code /news-sitemap.xml}, and the start page {@code /}: all list
 *       the articles {@code /news/N.html}, in different spellings, plus {@code /private/memo.html}.
 *   <li>{@code /slow.html}: headers, then nothing until the site stops.
 *   <li>Trouble, listed by {@code /trouble.xml}: {@code /loop/a} (redirects to {@code /loop/b} and back), {@code /huge.html}
 *       (an endless body), {@code /big.html} (declares 1 GB), {@code /photo.png}, {@code /gone.html}
 *       (404), {@code /moved.html} (301 to article 1) and {@code /bad-feed.xml} (malformed);
 *       {@code /flaky.html} answers 503 twice, then a page.
 * </ul>
 *
 * Every request is counted by path, with the test's clock reading when it arrived.
 */
public final class FixtureSite implements AutoCloseable {

  /** One request as the site saw it. */
  public record Request(String path, Instant at, String ifNoneMatch) {}

  private static final String[] PLACES = {"Geneva", "Vienna", "Nairobi", "Jakarta", "Lima", "Oslo", "Hanoi", "Rabat"};
  private static final String[] TOPICS = {"water rights", "grain exports", "a ceasefire", "port access", "fisheries", "vaccine supply"};

  private final HttpServer server;
  private final Supplier<Instant> clock;
  private final AtomicInteger articles;
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final CountDownLatch stopping = new CountDownLatch(1);
  private volatile CountDownLatch gate = new CountDownLatch(0);
  private volatile int gateAfter = Integer.MAX_VALUE;
  private volatile ServerSocket trap;

  private FixtureSite(int articles, Supplier<Instant> clock) throws IOException {
    this.articles = new AtomicInteger(articles);
    this.clock = clock;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fixture-site");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts the site with {@code articles} articles; request times are read from {@code clock}. */
  public static FixtureSite start(int articles, Supplier<Instant> clock) throws IOException {
    return new FixtureSite(articles, clock);
  }

  /** The site's base URL, e.g. {@code http://127.0.0.1:PORT}. */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** A URL on the site. */
  public String url(String path) {
    return base() + path;
  }

  /**
   * An https URL on 127.0.0.1 whose server answers the TLS handshake with plain HTTP: a TLS error.
   */
  public String tlsMismatch() throws IOException {
    ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    trap = socket;
    Thread t = new Thread(() -> {
      while (!socket.isClosed()) {
        try (Socket s = socket.accept()) {
          s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
          return;
        }
      }
    }, "fixture-tls-trap");
    t.setDaemon(true);
    t.start();
    return "https://127.0.0.1:" + socket.getLocalPort() + "/feed.xml";
  }

  /** Publishes more articles: the feeds and sitemaps list them and the feed's ETag changes. */
  public void publish(int more) {
    articles.addAndGet(more);
  }

  public int articles() {
    return articles.get();
  }

  /** Makes every article request after the first {@code n} wait until {@link #open()} is called. */
  public void holdArticlesAfter(int n) {
    gate = new CountDownLatch(1);
    gateAfter = n;
  }

  /** Lets held requests go on. */
  public void open() {
    gate.countDown();
  }

  /** Requests for {@code path} so far. */
  public int count(String path) {
    AtomicInteger c = counts.get(path);
    return c == null ? 0 : c.get();
  }

  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** The title of article {@code n} (from 1). */
  public static String title(int n) {
    return String.format(Locale.ROOT, "Ministers from %s and %s agree on %s in talks number %d",
        PLACES[n % PLACES.length], PLACES[(n + 3) % PLACES.length], TOPICS[n % TOPICS.length], n);
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    if (ex.getRequestURI().getRawQuery() != null) {
      path += "?" + ex.getRequestURI().getRawQuery();
    }
    int seen = counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    requests.add(new Request(path, clock.get(), ex.getRequestHeaders().getFirst("If-None-Match")));
    try (ex) {
      route(ex, path, seen);
    } catch (IOException e) {
      // the client hung up (a cancelled huge or slow body): expected
    }
  }

  private void route(HttpExchange ex, String path, int seen) throws IOException {
    if (path.startsWith("/news/")) {
      int n = Integer.parseInt(path.replaceAll("\\D", ""));
      if (n < 1 || n > articles.get()) {
        send(ex, 404, "text/html", "<h1>Not found</h1>");
        return;
      }
      if (articleRequests.incrementAndGet() > gateAfter) {
        await(gate);
      }
      send(ex, 200, "text/html; charset=utf-8", article(n));
      return;
    }
    switch (path) {
      case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\nCrawl-delay: 3\n");
      case "/feed.xml" -> feed(ex);
      case "/atom.xml" -> send(ex, 200, "application/atom+xml", atom());
      case "/sitemap-index.xml" -> send(ex, 200, "application/xml", sitemapIndex());
      case "/sitemap.xml" -> send(ex, 200, "application/xml", sitemap(false));
      case "/news-sitemap.xml" -> send(ex, 200, "application/xml", sitemap(true));
      case "/" -> send(ex, 200, "text/html", home());
      case "/private/memo.html" -> send(ex, 200, "text/html", "<html><body><p>Not for robots.</p></body></html>");
      case "/trouble.xml" -> send(ex, 200, "application/rss+xml", trouble());
      case "/bad-feed.xml" -> send(ex, 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss><channel><item><link>x</link></chann");
      case "/slow.html" -> {
        ex.sendResponseHeaders(200, 0);
        ex.getResponseBody().write("<html><body><p>Slow".getBytes(StandardCharsets.UTF_8));
        ex.getResponseBody().flush();
        await(stopping);
      }
      case "/flaky.html" -> {
        if (seen <= 2) {
          send(ex, 503, "text/html", "<h1>Try again</h1>");
        } else {
          send(ex, 200, "text/html", article(1));
        }
      }
      case "/loop/a" -> redirect(ex, "/loop/b");
      case "/loop/b" -> redirect(ex, "/loop/a");
      case "/moved.html" -> redirect(ex, "/news/1.html");
      case "/huge.html" -> endless(ex);
      case "/big.html" -> {
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.sendResponseHeaders(200, 1L << 30);
      }
      case "/photo.png" -> send(ex, 200, "image/png", "\u0089PNG\r\n");
      default -> send(ex, 404, "text/html", "<h1>Not found</h1>");
    }
  }

  private final AtomicInteger articleRequests = new AtomicInteger();

  private void feed(HttpExchange ex) throws IOException {
    String etag = "\"v" + articles.get() + "\"";
    ex.getResponseHeaders().set("ETag", etag);
    if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      ex.sendResponseHeaders(304, -1);
      return;
    }
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Fixture news</title><link>" + base() + "/</link><description>d</description>\n");
    for (int n = articles.get(); n >= 1; n--) {
      // alternate spellings of the same URL: the fetcher must normalise them
      String link = n % 2 == 0 ? base() + "/news/" + n + ".html#top" : base().replace("http:", "HTTP:") + "/news/./" + n + ".html";
      sb.append("<item><title>").append(title(n)).append("</title><link>").append(link).append("</link></item>\n");
    }
    sb.append("<item><title>Memo</title><link>").append(base()).append("/private/memo.html</link></item>\n");
    send(ex, 200, "application/rss+xml; charset=utf-8", sb.append("</channel></rss>\n").toString());
  }

  private String atom() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Fixture</title><id>urn:fixture</id><updated>2026-01-01T00:00:00Z</updated>\n");
    for (int n = 1; n <= articles.get(); n++) {
      sb.append("<entry><title>").append(title(n)).append("</title><id>urn:n").append(n).append("</id><updated>2026-01-01T00:00:00Z</updated><link href=\"")
          .append(base()).append("/news/").append(n).append(".html\"/></entry>\n");
    }
    return sb.append("</feed>\n").toString();
  }

  private String sitemapIndex() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<sitemap><loc>" + base() + "/sitemap.xml</loc></sitemap><sitemap><loc>" + base() + "/news-sitemap.xml</loc></sitemap></sitemapindex>\n";
  }

  private String sitemap(boolean news) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
        + (news ? " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">" : ">"));
    for (int n = 1; n <= articles.get(); n++) {
      if (news != (n % 2 == 0)) {
        continue;
      }
      sb.append("<url><loc>").append(base()).append("/news/").append(n).append(".html</loc>");
      if (news) {
        sb.append("<news:news><news:publication><news:name>Fixture</news:name><news:language>en</news:language></news:publication>")
            .append("<news:publication_date>2026-01-01</news:publication_date><news:title>").append(title(n)).append("</news:title></news:news>");
      }
      sb.append("</url>\n");
    }
    sb.append("<url><loc>").append(base()).append("/private/memo.html</loc></url>\n");
    return sb.append("</urlset>\n").toString();
  }

  private String home() {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><title>Fixture news</title></head><body><h1>Latest</h1><ul>\n");
    for (int n = 1; n <= articles.get(); n++) {
      sb.append("<li><a href=\"/news/").append(n).append(".html\">").append(title(n)).append("</a></li>\n");
    }
    sb.append("<li><a href=\"/private/memo.html\">Memo</a></li><li><a href=\"http://example.invalid/elsewhere.html\">Elsewhere</a></li>");
    return sb.append("</ul></body></html>\n").toString();
  }

  private String trouble() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Trouble</title><link>" + base() + "/</link><description>d</description>\n");
    for (String p : List.of("/loop/a", "/huge.html", "/big.html", "/photo.png", "/gone.html", "/moved.html", "/news/1.html")) {
      sb.append("<item><title>t</title><link>").append(base()).append(p).append("</link></item>\n");
    }
    return sb.append("</channel></rss>\n").toString();
  }

  /** Article {@code n}: a headline, a dateline and four paragraphs. */
  public static String article(int n) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(title(n)).append(" | Fixture News</title><meta property=\"og:title\" content=\"").append(title(n))
        .append("\"><meta property=\"article:published_time\" content=\"2026-01-0").append(1 + n % 9).append("T10:00:00Z\"></head><body>")
        .append("<nav><a href=\"/\">Home</a></nav><article><h1>").append(title(n)).append("</h1>");
    String a = PLACES[n % PLACES.length];
    String b = PLACES[(n + 3) % PLACES.length];
    String topic = TOPICS[n % TOPICS.length];
    sb.append("<p>").append(a.toUpperCase(Locale.ROOT)).append(" (Fixture) - The foreign ministers of ").append(a).append(" and ").append(b)
        .append(" agreed on Tuesday to resume negotiations on ").append(topic).append(", officials said after round ").append(n)
        .append(" of the talks ended late in the evening.</p>");
    sb.append("<p>The two delegations met for six hours and issued a joint statement that promised a working group on ").append(topic)
        .append(" within a month, with experts from both capitals reporting to the ministers before the next meeting.</p>");
    sb.append("<p>\"We have found common ground where there was little before,\" the minister of ").append(a)
        .append(" told reporters, adding that the agreement number ").append(n).append(" would be put to parliament.</p>");
    sb.append("<p>Diplomats in ").append(b).append(" said the deal could ease tensions that had built up over the past year, although several questions about ")
        .append(topic).append(" remained open and would need further rounds of talks.</p>");
    return sb.append("</article><footer>Fixture News</footer></body></html>\n").toString();
  }

  private static void redirect(HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().set("Location", to);
    ex.sendResponseHeaders(301, -1);
  }

  private static void endless(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/html");
    ex.sendResponseHeaders(200, 0);
    byte[] chunk = "<p>more and more and more</p>\n".repeat(200).getBytes(StandardCharsets.UTF_8);
    OutputStream out = ex.getResponseBody();
    for (int i = 0; i < 100_000; i++) { // 600 MB at most, should the client never hang up
      out.write(chunk);
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stopping.countDown();
    open();
    server.stop(0);
    if (trap != null) {
      try {
        trap.close();
      } catch (IOException e) {
        // closing a test socket: nothing to do
      }
    }
  }
}
