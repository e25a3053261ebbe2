package dev.readout.spark;

import dev.readout.index.IngestSummary;
import dev.readout.index.Ingester;
import dev.readout.json.ArticleJson;
import dev.readout.model.AnnotatedArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Builds the index that {@code readout serve} opens from the job's JSON Lines output ({@code
 * --format jsonl}, the {@code articles} folder): one process, no Spark. The records are indexed as
 * they are; story grouping runs again while indexing, and since it is the same function of the
 * same articles it gives the same stories as the job.
 *
 * <p>{@code IndexLoader ARTICLES... --data DIR}: files, or folders whose part files are read in
 * name order (names starting with {@code .} or {@code _}, Spark's markers and checksums, skipped).
 */
public final class IndexLoader {

  private static final int BATCH = 1000;

  private IndexLoader() {}

  /** Command line entry: prints a one-line summary. */
  public static void main(String[] args) throws IOException {
    List<Path> inputs = new ArrayList<>();
    Path data = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--data") && i + 1 < args.length) {
        data = Path.of(args[++i]);
      } else if (args[i].startsWith("--")) {
        throw new IllegalArgumentException("unknown option " + args[i] + " (usage: ARTICLES... --data DIR)");
      } else {
        inputs.add(Path.of(args[i]));
      }
    }
    if (data == null || inputs.isEmpty()) {
      throw new IllegalArgumentException("usage: ARTICLES... --data DIR");
    }
    IngestSummary s = load(inputs, data);
    System.err.printf(Locale.ROOT, "readout-spark index: %d added, %d already indexed, %d stories in %s%n",
        s.added(), s.known(), s.stories(), data);
  }

  /**
   * Adds every record of {@code inputs} to the index in {@code data}.
   *
   * @throws IllegalArgumentException if a line is not an article record
   * @throws IOException if the files cannot be read or the index written
   */
  public static IngestSummary load(List<Path> inputs, Path data) throws IOException {
    long pages = 0;
    long added = 0;
    long known = 0;
    try (Ingester ingester = Ingester.open(data)) {
      List<AnnotatedArticle> batch = new ArrayList<>(BATCH);
      for (Path file : files(inputs)) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          for (String line; (line = in.readLine()) != null; ) {
            if (!line.isBlank()) {
              batch.add(ArticleJson.read(line));
            }
            if (batch.size() == BATCH) {
              IngestSummary s = ingester.add(batch);
              pages += s.pages();
              added += s.added();
              known += s.known();
              batch.clear();
            }
          }
        }
      }
      IngestSummary s = ingester.add(batch);
      return new IngestSummary(pages + s.pages(), added + s.added(), known + s.known(), s.stories(), List.of());
    }
  }

  private static List<Path> files(List<Path> inputs) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (!Files.isDirectory(p)) {
        out.add(p);
        continue;
      }
      try (Stream<Path> listing = Files.list(p)) {
        listing.filter(f -> !f.getFileName().toString().startsWith(".") && !f.getFileName().toString().startsWith("_"))
            .filter(Files::isRegularFile)
            .sorted()
            .forEach(out::add);
      }
    }
    return out;
  }
}
