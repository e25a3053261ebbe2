package dev.readout.spark;

import dev.readout.dedup.StoryConfig;
import dev.readout.read.ReadOptions;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one run of {@link ReadoutJob} does. Serialisable: the driver ships it to every partition,
 * which builds its pipeline from it.
 *
 * @param paths inputs: files or folders on any Hadoop file system ({@code /local}, {@code
 *     hdfs://...}, {@code s3a://...}); folders are walked as {@code readout extract} walks them
 * @param out the output folder; it must not exist unless {@code overwrite}
 * @param format how the tables are written
 * @param overwrite whether an existing {@code out} is replaced
 * @param maxDocumentBytes the largest document read, as {@link ReadOptions#maxDocumentBytes()}
 * @param minContainment story verification threshold, as {@link StoryConfig#minContainment()}
 * @param excerptChars paragraph excerpt length in the stories table, as {@link
 *     StoryConfig#excerptChars()}
 * @param splitsPerFile how many tasks share one input file (each reads it whole and extracts every
 *     n-th record); 0 picks enough to keep every core busy when there are fewer files than cores
 */
public record JobConfig(
    List<String> paths,
    String out,
    Format format,
    boolean overwrite,
    long maxDocumentBytes,
    double minContainment,
    int excerptChars,
    int splitsPerFile)
    implements Serializable {

  /** Output formats. */
  public enum Format {
    /** Parquet tables: articles, statements, engagements, events, stories, rejected. */
    PARQUET,
    /** JSON Lines: articles as {@code readout extract} writes them, stories, rejected. */
    JSONL
  }

  public JobConfig {
    paths = List.copyOf(paths);
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("paths must name at least one input");
    }
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(format, "format");
    if (splitsPerFile < 0) {
      throw new IllegalArgumentException("splitsPerFile must be >= 0: " + splitsPerFile);
    }
    readOptionsOf(maxDocumentBytes);
    new StoryConfig(minContainment, excerptChars);
  }

  /** Defaults for everything but the inputs and the output folder. */
  public static JobConfig of(List<String> paths, String out) {
    StoryConfig s = StoryConfig.DEFAULTS;
    return new JobConfig(
        paths, out, Format.PARQUET, false, ReadOptions.DEFAULT_MAX_DOCUMENT_BYTES, s.minContainment(),
        s.excerptChars(), 0);
  }

  /**
   * Parses {@code PATH... --out DIR [--format parquet|jsonl] [--overwrite] [--splits-per-file N]
   * [--max-document-bytes N] [--min-containment X] [--excerpt-chars N]}.
   *
   * @throws IllegalArgumentException naming the argument at fault; unknown options are rejected
   */
  public static JobConfig parse(String... args) {
    JobConfig d = of(List.of("-"), "");
    List<String> paths = new ArrayList<>();
    String out = null;
    Format format = d.format();
    boolean overwrite = false;
    long maxBytes = d.maxDocumentBytes();
    double minContainment = d.minContainment();
    int excerptChars = d.excerptChars();
    int splits = d.splitsPerFile();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        paths.add(a);
      } else if (a.equals("--overwrite")) {
        overwrite = true;
      } else if (i + 1 == args.length) {
        throw new IllegalArgumentException("option " + a + " needs a value");
      } else {
        String v = args[++i];
        try {
          switch (a) {
            case "--out" -> out = v;
            case "--format" -> format = format(v);
            case "--max-document-bytes" -> maxBytes = Long.parseLong(v);
            case "--min-containment" -> minContainment = Double.parseDouble(v);
            case "--excerpt-chars" -> excerptChars = Integer.parseInt(v);
            case "--splits-per-file" -> splits = Integer.parseInt(v);
            default -> throw new IllegalArgumentException("unknown option " + a);
          }
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("option " + a + ": not a number: '" + v + "'", e);
        }
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out DIR is required");
    }
    return new JobConfig(paths, out, format, overwrite, maxBytes, minContainment, excerptChars, splits);
  }

  private static Format format(String v) {
    for (Format f : Format.values()) {
      if (f.name().equalsIgnoreCase(v)) {
        return f;
      }
    }
    throw new IllegalArgumentException("--format must be parquet or jsonl: '" + v + "'");
  }

  /** The readers' options. */
  public ReadOptions readOptions() {
    return readOptionsOf(maxDocumentBytes);
  }

  /** The story grouping settings. */
  public StoryConfig storyConfig() {
    return new StoryConfig(minContainment, excerptChars);
  }

  private static ReadOptions readOptionsOf(long maxDocumentBytes) {
    return ReadOptions.DEFAULTS.withMaxDocumentBytes(maxDocumentBytes);
  }
}
