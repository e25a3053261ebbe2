package dev.readout.read;

import dev.readout.model.Rejected;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks the command-line inputs lazily, depth first: a folder is listed when it is reached (its
 * entries sorted by name), so a batch of any size costs one folder listing per level of depth.
 * Symbolic links are followed; a link back to a folder being walked is reported as a loop. Inside
 * folders, hidden entries (names starting with a dot) are skipped; named inputs are always read.
 * Not thread-safe.
 */
final class FileWalker implements Iterator<Found> {

  private static final Logger LOG = LoggerFactory.getLogger(FileWalker.class);

  static final String STDIN = "-";
  static final String STDIN_SOURCE = "stdin";

  private final Iterator<String> arguments;
  private final Supplier<InputStream> stdin;
  private final Deque<Folder> folders = new ArrayDeque<>();
  private Found next;

  private record Folder(Path path, Object key, Iterator<Path> entries) {}

  FileWalker(List<String> arguments, Supplier<InputStream> stdin) {
    this.arguments = List.copyOf(arguments).iterator();
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public Found next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Found f = next;
    next = null;
    return f;
  }

  /** The next input, or null when all are walked; each pass consumes one entry or argument. */
  private Found advance() {
    while (true) {
      Folder top = folders.peek();
      if (top != null) {
        if (!top.entries().hasNext()) {
          folders.pop();
          continue;
        }
        Path entry = top.entries().next();
        if (entry.getFileName().toString().startsWith(".")) {
          LOG.debug("skipping hidden {}", entry);
          continue;
        }
        Found f = visit(entry.toString(), entry, true);
        if (f != null) {
          return f;
        }
        continue;
      }
      if (!arguments.hasNext()) {
        return null;
      }
      String arg = arguments.next();
      if (arg.equals(STDIN)) {
        return new Found.Openable(STDIN_SOURCE, stdin::get, OptionalLong.empty(), false);
      }
      try {
        Found f = visit(arg, Path.of(arg), false);
        if (f != null) {
          return f;
        }
      } catch (InvalidPathException e) {
        return unreadable(arg, "invalid path: " + e.getReason());
      }
    }
  }

  /** A file to open, a failure, or null for a folder now being walked (or a skipped entry). */
  private Found visit(String source, Path path, boolean inFolder) {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      return unreadable(source, Failures.reason(e));
    }
    if (attrs.isDirectory()) {
      return enter(source, path, attrs);
    }
    if (attrs.isRegularFile()) {
      return new Found.Openable(source, () -> Files.newInputStream(path), OptionalLong.of(attrs.size()), inFolder);
    }
    if (inFolder) {
      LOG.debug("skipping {}: neither a file nor a folder", path);
      return null;
    }
    // A named pipe or device named on the command line, e.g. bash's <(zcat x.gz): read it as a stream.
    return new Found.Openable(source, () -> Files.newInputStream(path), OptionalLong.empty(), false);
  }

  private Found enter(String source, Path path, BasicFileAttributes attrs) {
    Object key = key(path, attrs);
    for (Folder f : folders) {
      if (f.key().equals(key)) {
        return unreadable(source, "directory loop: leads back to " + f.path());
      }
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(path)) {
      listing.forEach(entries::add);
    } catch (IOException | RuntimeException e) {
      return unreadable(source, Failures.reason(e.getCause() instanceof IOException io ? io : e));
    }
    entries.sort(Comparator.comparing((Path p) -> p.getFileName().toString()));
    folders.push(new Folder(path, key, entries.iterator()));
    return null;
  }

  /** What identifies a folder however it is reached: the file key, else the real path. */
  private static Object key(Path path, BasicFileAttributes attrs) {
    if (attrs.fileKey() != null) {
      return attrs.fileKey();
    }
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  private static Found unreadable(String source, String reason) {
    return new Found.Unreadable(new Rejected(source, Failures.STAGE, reason));
  }
}
