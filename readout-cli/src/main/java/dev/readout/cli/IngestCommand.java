package dev.readout.cli;

import dev.readout.index.IngestConfig;
import dev.readout.index.IngestSummary;
import dev.readout.index.Ingester;
import dev.readout.read.DocumentReader;
import dev.readout.read.Sources;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code readout ingest PATH... [--data DIR]}: read, extract, group and index. */
@Command(
    name = "ingest",
    description = {
      "Read pages (files, folders or - for stdin), extract, group into stories, annotate and add them to the index in DIR.",
      "Safe to re-run: pages already indexed are skipped; an interrupted run resumes where its last commit ended.",
      "Exit code 1 if any input was rejected. Skipped inputs do not count: a page with no article text, and a file inside a folder that is not a page at all (e.g. a labels JSON)."
    },
    mixinStandardHelpOptions = true)
public final class IngestCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or - for stdin.")
  List<String> paths;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "readout-data", description = "Data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "1000", description = "Articles per commit (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: one per core).")
  Integer threads;

  @Option(names = "--follow", description = "Keep watching the one folder PATH and ingest each WARC file that readout fetch closes there, until interrupted.")
  boolean follow;

  @Override
  public Integer call() throws IOException {
    if (batch < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1, got " + batch);
    }
    IngestConfig config = new IngestConfig(batch, ExtractCommand.threads(spec, threads));
    if (follow) {
      return FollowIngest.run(spec, paths, data, config);
    }
    IngestSummary s = run(spec, paths, data, config);
    return s.rejected().isEmpty() ? 0 : 1;
  }

  /** Ingests and prints the closing summary; shared with {@code demo}. */
  static IngestSummary run(CommandLine.Model.CommandSpec spec, List<String> paths, Path data, IngestConfig config) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    long started = System.nanoTime();
    IngestSummary s;
    try (Ingester in = Ingester.open(data, config, dev.readout.index.Grouper.of(dev.readout.dedup.StoryIndex.inMemory()));
        DocumentReader reader = Sources.open(paths);
        Progress progress = Progress.start("Ingesting", Sources.count(paths), spec.commandLine().getErr())) {
      s = in.ingest(progress.track(reader), progress);
    }
    double secs = (System.nanoTime() - started) / 1e9;
    out.printf(java.util.Locale.ROOT, "pages read: %d (%.0f/s)%n", s.pages(), s.pages() / Math.max(secs, 1e-3));
    out.printf(java.util.Locale.ROOT, "articles: %d added, %d already indexed%n", s.added(), s.known());
    out.printf(java.util.Locale.ROOT, "stories in index: %d%n", s.stories());
    out.printf(java.util.Locale.ROOT, "rejected: %d%n", s.rejected().size());
    for (Map.Entry<String, Long> r : s.rejectionsByReason().entrySet()) {
      out.printf(java.util.Locale.ROOT, "  %5d  %s%n", r.getValue(), r.getKey());
    }
    if (!s.skipped().isEmpty()) {
      out.printf(java.util.Locale.ROOT, "skipped: %d (pages with no article text, files in folders that are not pages)%n", s.skipped().size());
    }
    spec.commandLine().getErr().flush();
    s.skipped().forEach(r -> ExtractCommand.report(r, spec.commandLine().getErr()));
    s.rejected().forEach(r -> spec.commandLine().getErr().println("readout: " + r));
    out.flush();
    return s;
  }
}
