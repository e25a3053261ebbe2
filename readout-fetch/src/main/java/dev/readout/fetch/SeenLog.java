package dev.readout.fetch;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fetch state: an append-only, line-per-fact log of what earlier runs did, read whole on open.
 * Three kinds of line, tab-separated:
 *
 * <ul>
 *   <li>{@code page URL FILE END}: the page is in WARC file {@code FILE}, whose bytes up to {@code
 *       END} hold it. Written after the WARC bytes reached the file, so a page here is in the
 *       output; and {@code END} is how far a half-written file is kept after a crash.
 *   <li>{@code done URL REASON}: asked for and not worth asking again (404, not a page, too large).
 *   <li>{@code source URL ETAG LAST-MODIFIED}: a feed, sitemap or start page and its validators,
 *       written once every page it listed was handled, so a later 304 hides nothing unfetched.
 * </ul>
 *
 * A line cut short by a crash has no newline; it is cut off on open, so the next line starts
 * clean. Thread-safe.
 */
final class SeenLog implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(SeenLog.class);

  private final Path path;
  private FileOutputStream out;
  private final Set<URI> pages = new HashSet<>();
  private final Map<URI, Outcome.Validators> sources = new HashMap<>();
  private final Map<String, Long> committed = new HashMap<>();

  private SeenLog(Path path) {
    this.path = path;
  }

  /**
   * Opens (or creates) the log at {@code path}, dropping a torn last line. Appends go through a
   * {@link FileOutputStream}, not a channel: an interrupt must not close the log under a worker.
   */
  static SeenLog open(Path path) throws IOException {
    SeenLog log = new SeenLog(path);
    log.load();
    log.out = new FileOutputStream(path.toFile(), true);
    return log;
  }

  private void load() throws IOException {
    byte[] all = Files.exists(path) ? Files.readAllBytes(path) : new byte[0];
    int end = all.length;
    while (end > 0 && all[end - 1] != '\n') {
      end--;
    }
    if (end < all.length) {
      LOG.warn("{}: dropping a line cut short by an earlier crash", path);
      try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
        ch.truncate(end);
      }
    }
    int lineNo = 0;
    for (String line : new String(all, 0, end, StandardCharsets.UTF_8).split("\n")) {
      lineNo++;
      if (!line.isEmpty() && !readLine(line)) {
        LOG.warn("{}:{}: not a state line, ignored", path, lineNo);
      }
    }
  }

  private boolean readLine(String line) {
    try {
      return read(line.split("\t", -1));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private boolean read(String[] f) {
    Optional<URI> uri = f.length > 1 ? Urls.normalize(f[1]) : Optional.empty();
    if (uri.isEmpty()) {
      return false;
    }
    switch (f[0]) {
      case "page" -> {
        if (f.length != 4) {
          return false;
        }
        pages.add(uri.get());
        committed.merge(f[2], Long.parseLong(f[3]), Math::max);
      }
      case "done" -> pages.add(uri.get());
      case "source" -> {
        if (f.length != 4) {
          return false;
        }
        sources.put(uri.get(), new Outcome.Validators(optional(f[2]), optional(f[3])));
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Whether an earlier run wrote {@code page} or found it not worth fetching. */
  synchronized boolean seen(URI page) {
    return pages.contains(page);
  }

  /** The validators a source last answered with. */
  synchronized Outcome.Validators validators(URI source) {
    return sources.getOrDefault(source, Outcome.Validators.NONE);
  }

  /** How many bytes of WARC file {@code name} hold pages recorded here (0 for none). */
  synchronized long committed(String name) {
    return committed.getOrDefault(name, 0L);
  }

  /** Records pages (a redirect's start and end) as held in {@code file} up to {@code end}. */
  synchronized void page(List<URI> uris, String file, long end) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (URI u : uris) {
      sb.append("page\t").append(u).append('\t').append(file).append('\t').append(end).append('\n');
    }
    append(sb.toString());
    pages.addAll(uris);
    committed.merge(file, end, Math::max);
  }

  /** Records a page as not worth asking for again. */
  synchronized void done(URI uri, String reason) throws IOException {
    append("done\t" + uri + "\t" + clean(reason) + "\n");
    pages.add(uri);
  }

  /** Records a source's validators. */
  synchronized void source(URI uri, Outcome.Validators v) throws IOException {
    append("source\t" + uri + "\t" + clean(v.etag().orElse("")) + "\t" + clean(v.lastModified().orElse("")) + "\n");
    sources.put(uri, v);
  }

  private void append(String lines) throws IOException {
    if (out == null) {
      throw new IOException(path + ": closed");
    }
    out.write(lines.getBytes(StandardCharsets.UTF_8));
  }

  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n]", " ");
  }

  private static Optional<String> optional(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** Syncs and closes; a second call does nothing. */
  @Override
  public synchronized void close() throws IOException {
    if (out != null) {
      out.getFD().sync();
      out.close();
      out = null;
    }
  }
}
