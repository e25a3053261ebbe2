package dev.readout.index;

import dev.readout.read.DocumentReader;
import dev.readout.read.Sources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Follows a folder that a fetcher writes WARC files into, ingesting each closed file once, in name
 * order, as it appears. Closed means a visible name ending in {@code .warc.gz} or {@code .warc}: the
 * fetcher writes under a hidden {@code .open} name and renames when done, so a file is never read
 * half-written.
 *
 * <p>Which files are done is kept in {@code followed.log} in the data folder, one absolute path per
 * line, written after the file's articles are committed: a restart skips them, and a crash between
 * commit and that line only re-reads one file, which the index's content ids make harmless.
 *
 * <p>Not thread-safe; the ingester it is given must not be used elsewhere meanwhile.
 */
public final class Follower {

  /** Decides when to look again; {@code false} ends {@link #follow}. */
  @FunctionalInterface
  public interface Wakeup {
    boolean await() throws InterruptedException;
  }

  /** Hears each file ingested, with what its ingest did. */
  @FunctionalInterface
  public interface FileListener {
    void onFile(Path warc, IngestSummary summary);
  }

  private final Ingester ingester;
  private final Path folder;
  private final Path ledger;
  private final Set<Path> done = new HashSet<>();

  private Follower(Ingester ingester, Path folder, Path ledger) {
    this.ingester = ingester;
    this.folder = folder;
    this.ledger = ledger;
  }

  /**
   * A follower of {@code folder} that ingests with {@code ingester} into the data folder {@code
   * dataDir} (where its ledger lives).
   */
  public static Follower open(Ingester ingester, Path dataDir, Path folder) throws IOException {
    Objects.requireNonNull(ingester, "ingester");
    if (!Files.isDirectory(folder)) {
      throw new IOException(folder + ": not a folder");
    }
    Follower f = new Follower(ingester, folder.toAbsolutePath().normalize(), dataDir.resolve("followed.log"));
    if (Files.exists(f.ledger)) {
      for (String line : Files.readAllLines(f.ledger, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          f.done.add(Path.of(line));
        }
      }
    }
    return f;
  }

  /** Ingests the closed WARC files not ingested before, in name order; returns them. */
  public List<Path> scan(IngestListener progress, FileListener listener) throws IOException {
    List<Path> fresh = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Follower::closedWarc)) {
      files.forEach(f -> {
        if (!done.contains(f)) {
          fresh.add(f);
        }
      });
    }
    fresh.sort(null);
    for (Path f : fresh) {
      IngestSummary s;
      try (DocumentReader reader = Sources.open(List.of(f.toString()))) {
        s = ingester.ingest(reader, progress);
      }
      Files.writeString(ledger, f + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      done.add(f);
      listener.onFile(f, s);
    }
    return fresh;
  }

  /** Scans, then again each time {@code wakeup} returns, until it returns false. */
  public void follow(Wakeup wakeup, IngestListener progress, FileListener listener) throws IOException, InterruptedException {
    do {
      scan(progress, listener);
    } while (wakeup.await());
  }

  /**
   * Wakes when something appears in {@code folder} (a rename included), or after {@code poll} at
   * the latest, for file systems that do not report changes; never ends by itself. Close it to
   * release the watch.
   */
  public static WatchingWakeup watching(Path folder, Duration poll) throws IOException {
    WatchService ws = folder.getFileSystem().newWatchService();
    folder.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
    return new WatchingWakeup(ws, poll);
  }

  /** A {@link Wakeup} on a {@link WatchService}. */
  public static final class WatchingWakeup implements Wakeup, AutoCloseable {
    private final WatchService ws;
    private final Duration poll;

    private WatchingWakeup(WatchService ws, Duration poll) {
      this.ws = ws;
      this.poll = poll;
    }

    @Override
    public boolean await() throws InterruptedException {
      try {
        WatchKey key = ws.poll(poll.toMillis(), TimeUnit.MILLISECONDS);
        if (key != null) {
          key.pollEvents();
          key.reset();
        }
        return true;
      } catch (ClosedWatchServiceException e) {
        return false;
      }
    }

    @Override
    public void close() throws IOException {
      ws.close();
    }
  }

  private static boolean closedWarc(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && (name.endsWith(".warc.gz") || name.endsWith(".warc")) && Files.isRegularFile(p);
  }
}
