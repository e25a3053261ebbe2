package dev.readout.spark;

import dev.readout.model.Rejected;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists the input files on the driver, through the Hadoop file system API, in the order {@code
 * readout extract} reads them: arguments in turn, folders depth first with entries sorted by name,
 * hidden entries (names starting with a dot) skipped inside folders. Sources are named as that
 * command names them (the argument, then {@code /name} per level), so both give the same records.
 */
final class InputFiles {

  /** Deeper than this is a symbolic link loop, not a crawl layout. */
  static final int MAX_DEPTH = 64;

  /** Input per partition when files are small: enough that task overhead does not count. */
  static final long PARTITION_BYTES = 64L << 20;

  /** {@code hdfs:/}, {@code s3a:/}, {@code file:/}: a URI rather than a local path. */
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:/");

  /** What the listing found: files to read and arguments that could not be read. */
  record Listing(List<InputFile> files, List<Rejected> unreadable) {
    Listing {
      files = List.copyOf(files);
      unreadable = List.copyOf(unreadable);
    }
  }

  private final Configuration conf;
  private final List<InputFile> files = new ArrayList<>();
  private final List<Rejected> unreadable = new ArrayList<>();

  private InputFiles(Configuration conf) {
    this.conf = conf;
  }

  /**
   * Lists {@code paths}.
   *
   * @throws IllegalArgumentException for {@code -}: a cluster job has no standard input
   * @throws IOException when a file system cannot be reached at all
   */
  static Listing list(List<String> paths, Configuration conf) throws IOException {
    InputFiles walk = new InputFiles(conf);
    for (String arg : paths) {
      if (arg.equals("-")) {
        throw new IllegalArgumentException("paths: '-' (standard input) cannot be read by a Spark job");
      }
      walk.argument(arg);
    }
    return new Listing(walk.files, walk.unreadable);
  }

  private void argument(String arg) throws IOException {
    Path path;
    try {
      path = new Path(arg);
    } catch (IllegalArgumentException e) {
      unreadable.add(new Rejected(arg, "read", "invalid path: " + e.getMessage()));
      return;
    }
    FileSystem fs = path.getFileSystem(conf);
    FileStatus status;
    try {
      status = fs.getFileStatus(path);
    } catch (FileNotFoundException e) {
      unreadable.add(new Rejected(arg, "read", "no such file"));
      return;
    }
    visit(fs, status, trimmed(arg), 0);
  }

  private void visit(FileSystem fs, FileStatus status, String source, int depth) throws IOException {
    if (status.isFile()) {
      files.add(new InputFile(files.size(), source, fs.makeQualified(status.getPath()).toString(), status.getLen(), depth > 0));
      return;
    }
    if (!status.isDirectory()) {
      return;
    }
    if (depth == MAX_DEPTH) {
      unreadable.add(new Rejected(source, "read", "folders nested deeper than " + MAX_DEPTH + " (a loop?)"));
      return;
    }
    FileStatus[] entries = fs.listStatus(status.getPath());
    Arrays.sort(entries, Comparator.comparing((FileStatus e) -> e.getPath().getName()));
    for (FileStatus e : entries) {
      String name = e.getPath().getName();
      if (!name.startsWith(".")) {
        visit(fs, e, child(source, name), depth + 1);
      }
    }
  }

  /** Local paths as java.nio writes them (the CLI's names); URIs with their slashes trimmed. */
  private static String trimmed(String arg) {
    if (!SCHEME.matcher(arg).find()) {
      return java.nio.file.Path.of(arg).toString();
    }
    return arg.length() > 1 && arg.endsWith("/") ? trimmed(arg.substring(0, arg.length() - 1)) : arg;
  }

  private static String child(String source, String name) {
    return source.endsWith("/") ? source + name : source + "/" + name;
  }

  /**
   * Cuts the files into splits: one per file when there are at least as many files as cores;
   * otherwise each file is shared by enough tasks to fill them, unless {@code splitsPerFile} fixes
   * the number.
   */
  static List<Split> splits(List<InputFile> files, int cores, int splitsPerFile) {
    int stripes = splitsPerFile > 0 ? splitsPerFile
        : files.isEmpty() || files.size() >= cores ? 1 : (cores + files.size() - 1) / files.size();
    List<Split> out = new ArrayList<>(files.size() * stripes);
    for (InputFile f : files) {
      for (int s = 0; s < stripes; s++) {
        out.add(new Split(f, s, stripes));
      }
    }
    return out;
  }

  /**
   * How many partitions the splits go into (in order, contiguous runs): small files share a
   * partition, up to about {@link #PARTITION_BYTES} of input each, but there are at least four per
   * core while splits last, so that cores finish together and a slow partition does not leave the
   * others idle at the end.
   */
  static int partitions(List<Split> splits, int cores) {
    long bytes = 0;
    for (Split s : splits) {
      bytes += s.file().length() / s.stripes();
    }
    long wanted = Math.max(4L * cores, (bytes + PARTITION_BYTES - 1) / PARTITION_BYTES);
    return (int) Math.max(1, Math.min(splits.size(), wanted));
  }
}
