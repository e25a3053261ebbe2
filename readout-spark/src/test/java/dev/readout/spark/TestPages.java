package dev.readout.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Test input: the bundled seed pages, and a WARC written here with copies of them as a crawler
 * would hold them: each seed as an HTML page, a trimmed copy of each, and one exact repeat.
 */
final class TestPages {

  static final Instant DATE = Instant.parse("2021-02-06T08:00:00Z");

  private TestPages() {}

  /** The repository's samples folder. */
  static Path samples() {
    Path dir = Path.of(System.getProperty("user.dir")).resolve("../samples").normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("samples folder not found: " + dir);
    }
    return dir;
  }

  /** The seed texts, in name order. */
  static List<String> seeds() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(samples())) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /** Writes the WARC, gzipped or not, and returns its path. */
  static Path warc(Path dir, boolean gzip) throws IOException {
    Path file = dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
    List<String> seeds = seeds();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        WarcWriter w = new WarcWriter(ch, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      int n = 0;
      for (String seed : seeds) {
        List<String> paras = Arrays.stream(seed.split("\n\\s*\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        w.write(page(++n, "https://a.example.com/" + n + ".html", "Outlet A", paras));
        w.write(page(++n, "https://b.example.org/" + n + ".html", "Outlet B", paras.subList(0, Math.max(1, paras.size() * 2 / 3))));
      }
      List<String> first = Arrays.stream(seeds.get(0).split("\n\\s*\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
      w.write(page(++n, "https://c.example.net/repeat.html", "Outlet A", first));
    }
    return file;
  }

  private static WarcResponse page(int n, String url, String site, List<String> paragraphs) throws IOException {
    StringBuilder html = new StringBuilder("<html><head><meta charset=utf-8><title>");
    html.append(escape(paragraphs.get(0).lines().findFirst().orElse("Page"))).append(" - ").append(site);
    html.append("</title><meta property=og:site_name content=\"").append(site).append("\"></head><body>");
    html.append("<nav><a href=/>Home</a> <a href=/world>World</a></nav><article>");
    for (String p : paragraphs) {
      html.append("<p>").append(escape(p)).append("</p>");
    }
    html.append("</article><footer>Copyright ").append(site).append("</footer></body></html>");
    byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), body).build();
    return new WarcResponse.Builder(URI.create(url))
        .recordId(UUID.fromString(String.format("00000000-0000-0000-0000-%012d", n)))
        .date(DATE)
        .body(http)
        .build();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
