package dev.readout.fetch;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WARC files of one output folder: {@code readout-fetch-NNNNN.warc.gz}, numbered in the order
 * they were begun. The file being written is hidden ({@code .readout-fetch-NNNNN.warc.gz.open}),
 * so a reader walking the folder never sees it half-written; it is synced and renamed to its final
 * name when it reaches the rotation size or the round ends.
 *
 * <p>Each page is a request and a response record, gzipped per record, written and then recorded
 * in the {@link SeenLog} with the file's length after it. After a crash, {@link #open} cuts a
 * left-over open file back to the last recorded length (a torn record, or one whose page the log
 * never heard of, goes; the page is fetched again) and closes it, or deletes it if it holds no
 * recorded page. Thread-safe: one page is written at a time.
 */
final class WarcOutput implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(WarcOutput.class);
  private static final String PREFIX = "readout-fetch-";
  private static final String SUFFIX = ".warc.gz";
  private static final String OPEN = ".open";
  private static final Pattern NAME = Pattern.compile("\\.?" + Pattern.quote(PREFIX) + "(\\d+)" + Pattern.quote(SUFFIX) + "(" + Pattern.quote(OPEN) + ")?");
  /** Hop-by-hop and framing headers: the record holds the body as received, de-chunked. */
  private static final Set<String> DROPPED = Set.of("content-length", "content-type", "transfer-encoding", "connection", "keep-alive");

  private final Path dir;
  private final SeenLog log;
  private final long rotateAt;
  private final String userAgent;
  private int nextNumber;
  private FileOutputStream file;
  private long written;
  private WarcWriter writer;
  private String name;

  private WarcOutput(Path dir, SeenLog log, long rotateAt, String userAgent) {
    this.dir = dir;
    this.log = log;
    this.rotateAt = rotateAt;
    this.userAgent = userAgent;
  }

  /** Opens the output in {@code dir}, recovering files a crash left open; returns it and them. */
  static WarcOutput open(Path dir, SeenLog log, FetchConfig config, List<Path> recovered) throws IOException {
    WarcOutput out = new WarcOutput(dir, log, config.warcBytes(), config.userAgent());
    int max = 0;
    List<Path> open = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        Matcher m = NAME.matcher(f.getFileName().toString());
        if (m.matches()) {
          max = Math.max(max, Integer.parseInt(m.group(1)));
          if (m.group(2) != null) {
            open.add(f);
          }
        }
      }
    }
    out.nextNumber = max + 1;
    open.sort(null);
    for (Path f : open) {
      out.recover(f).ifPresent(recovered::add);
    }
    return out;
  }

  private Optional<Path> recover(Path openFile) throws IOException {
    String closedName = openFile.getFileName().toString().substring(1, openFile.getFileName().toString().length() - OPEN.length());
    long keep = log.committed(closedName);
    if (keep == 0) {
      LOG.info("{}: no recorded page, removed", openFile);
      Files.delete(openFile);
      return Optional.empty();
    }
    try (FileChannel ch = FileChannel.open(openFile, StandardOpenOption.WRITE)) {
      if (ch.size() > keep) {
        LOG.info("{}: cut from {} to {} bytes, the pages after were never recorded", openFile, ch.size(), keep);
        ch.truncate(keep);
      }
      ch.force(true);
    }
    Path closed = dir.resolve(closedName);
    Files.move(openFile, closed, StandardCopyOption.ATOMIC_MOVE);
    return Optional.of(closed);
  }

  /**
   * Writes one page and records it (and the URLs that redirected to it) as seen; closes the file
   * and returns its final path if that made it full.
   */
  synchronized Optional<Path> write(List<URI> uris, Outcome.Body page, Instant date) throws IOException {
    if (writer == null) {
      begin();
    }
    HttpResponse.Builder response = new HttpResponse.Builder(page.status(), "OK");
    for (Map.Entry<String, List<String>> h : page.headers().entrySet()) {
      if (!h.getKey().startsWith(":") && !DROPPED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
        h.getValue().forEach(v -> response.addHeader(h.getKey(), v));
      }
    }
    response.body(page.contentType().isEmpty() ? MediaType.OCTET_STREAM : MediaType.parseLeniently(page.contentType()), page.bytes());
    WarcResponse res = new WarcResponse.Builder(page.uri()).date(date).body(response.build()).build();
    String target = page.uri().getRawPath().isEmpty() ? "/" : page.uri().getRawPath();
    if (page.uri().getRawQuery() != null) {
      target += "?" + page.uri().getRawQuery();
    }
    HttpRequest request = new HttpRequest.Builder("GET", target)
        .addHeader("Host", page.uri().getRawAuthority())
        .addHeader("User-Agent", userAgent)
        .build();
    WarcRequest req = new WarcRequest.Builder(page.uri()).date(date).body(request).concurrentTo(res.id()).build();
    writer.write(res);
    writer.write(req);
    long end = written;
    log.page(uris, name, end);
    return end >= rotateAt ? closeCurrent() : Optional.empty();
  }

  /** Closes the file being written, if any, under its final name. */
  synchronized Optional<Path> closeCurrent() throws IOException {
    if (writer == null) {
      return Optional.empty();
    }
    file.getFD().sync();
    writer.close();
    writer = null;
    file = null;
    Path closed = dir.resolve(name);
    Files.move(dir.resolve("." + name + OPEN), closed, StandardCopyOption.ATOMIC_MOVE);
    return Optional.of(closed);
  }

  private void begin() throws IOException {
    name = String.format(Locale.ROOT, "%s%05d%s", PREFIX, nextNumber++, SUFFIX);
    Path open = dir.resolve("." + name + OPEN);
    Files.createFile(open);
    file = new FileOutputStream(open.toFile());
    written = 0;
    writer = new WarcWriter(new Counting(), WarcCompression.GZIP);
  }

  /**
   * The open file as jwarc's channel, counting bytes. A plain stream, not a {@link FileChannel}: an
   * interrupted worker must not close the file under the others.
   */
  private final class Counting implements WritableByteChannel {
    @Override
    public int write(ByteBuffer src) throws IOException {
      int n = src.remaining();
      if (src.hasArray()) {
        file.write(src.array(), src.arrayOffset() + src.position(), n);
        src.position(src.limit());
      } else {
        byte[] copy = new byte[n];
        src.get(copy);
        file.write(copy);
      }
      written += n;
      return n;
    }

    @Override
    public boolean isOpen() {
      return file != null;
    }

    @Override
    public void close() throws IOException {
      file.close();
    }
  }

  @Override
  public synchronized void close() throws IOException {
    closeCurrent();
  }
}
