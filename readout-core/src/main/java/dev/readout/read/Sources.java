package dev.readout.read;

import java.io.FilterInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Opens files, folders, stdin or any stream as one {@link DocumentReader}. The format of each input
 * is found from its content (gzip, WARC, JSON Lines, JSON, HTML, plain text), not from its name.
 *
 * <p>Readers stream: a folder is walked as iteration reaches it and each input is opened, read and
 * closed in turn, so a batch of any size needs memory for one document. Nothing is read before
 * iteration starts. A bad input becomes one {@link dev.readout.model.Rejected} (stage {@code read})
 * and reading goes on. A file found while walking a folder that is not a page at all (a single JSON
 * object with no text or html field, e.g. labels beside the pages) becomes a {@linkplain
 * dev.readout.model.Rejected#skipped() skipped} one instead: reported, not an error. The returned
 * reader is not thread-safe; the methods here are.
 */
public final class Sources {

  private Sources() {}

  /**
   * Opens the given inputs with {@link ReadOptions#DEFAULTS}.
   *
   * @param paths files, folders (walked recursively in name order, hidden entries skipped) or
   *     {@code -} for standard input; not null
   */
  public static DocumentReader open(List<String> paths) {
    return open(paths, ReadOptions.DEFAULTS);
  }

  /**
   * Opens the given inputs.
   *
   * @param paths files, folders or {@code -} for standard input (read when iteration reaches it,
   *     never closed); not null, no null elements
   * @param options how to read; not null
   */
  public static DocumentReader open(List<String> paths, ReadOptions options) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(options, "options");
    return new SourceReader(new FileWalker(paths, Sources::stdin), options);
  }

  /**
   * Reads one stream of any supported format, e.g. an upload. The reader closes {@code in}.
   *
   * @param source the name its items carry as provenance (a file name helps nothing but messages)
   * @param in the bytes; not null
   * @param options how to read; not null
   */
  public static DocumentReader open(String source, InputStream in, ReadOptions options) {
    return open(source, in, options, false);
  }

  /**
   * Reads one stream of any supported format, saying whether it is a file that a walk of a folder
   * found (e.g. a cluster job's own listing); such a file that is not a page at all is skipped, as
   * in a folder given to {@link #open(List, ReadOptions)}. The reader closes {@code in}.
   *
   * @param source the name its items carry as provenance
   * @param in the bytes; not null
   * @param options how to read; not null
   * @param inFolder true for a file found inside a folder, false for an input named by the user
   */
  public static DocumentReader open(String source, InputStream in, ReadOptions options, boolean inFolder) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    Found only = new Found.Openable(source, () -> in, OptionalLong.empty(), inFolder);
    return new SourceReader(List.of(only).iterator(), options);
  }

  /**
   * How many inputs {@link #open(List)} will read from these paths, found by walking the folders
   * without opening a file: what {@link DocumentReader#inputsReached()} reaches at the end.
   * Empty when one of them is standard input or a pipe or device, whose items cannot be counted
   * ahead. Costs a listing of every folder.
   *
   * @param paths as for {@link #open(List)}; not null
   */
  public static OptionalLong count(List<String> paths) {
    Objects.requireNonNull(paths, "paths");
    FileWalker walk = new FileWalker(paths, Sources::stdin);
    long n = 0;
    while (walk.hasNext()) {
      if (walk.next() instanceof Found.Openable o && o.size().isEmpty()) {
        return OptionalLong.empty();
      }
      n++;
    }
    return OptionalLong.of(n);
  }

  /** Standard input as it is when reached; the process owns it, so closing leaves it open. */
  private static InputStream stdin() {
    return new FilterInputStream(System.in) {
      @Override
      public void close() {}
    };
  }
}
