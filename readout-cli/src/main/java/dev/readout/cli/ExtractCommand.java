package dev.readout.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.InOrder;
import dev.readout.Outcome;
import dev.readout.Readout;
import dev.readout.dedup.StoryIndex;
import dev.readout.json.ArticleJson;
import dev.readout.model.Article;
import dev.readout.model.Input;
import dev.readout.model.Rejected;
import dev.readout.read.DocumentReader;
import dev.readout.read.Sources;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout extract PATH... [-o FILE] [--threads N]}: one JSON object per article, as JSON
 * Lines, in input order, with the story each belongs to among the inputs of this run.
 *
 * <p>Records stream to a temporary file while the story index, which keeps a few hundred bytes per
 * article, groups them in input order; a second pass writes each record with its story id. Both
 * passes run the per-record work on {@code --threads} threads ({@link InOrder}) and keep the
 * order, so the output is the same byte for byte whatever the number of threads; memory holds a
 * few batches of pages, not the whole input. With {@code -o}, see {@link OutputFile}.
 */
@Command(
    name = "extract",
    description = {
      "Read pages (plain text, HTML, WARC, JSON Lines; files, folders or - for stdin) and write one JSON object per article.",
      "Problems with single inputs are reported on stderr, one line each; the rest goes on. Exit code 1 if any input was rejected.",
      "Skipped inputs do not change the exit code: a page with no article text, and a file inside a folder that is not a page at all (e.g. a labels JSON beside the pages).",
      "A closing summary on stderr counts pages, articles, rejected and skipped inputs."
    },
    mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {

  /** Pages in one batch per thread: enough to keep every thread busy, few enough to stay small. */
  static final int BATCH_PER_THREAD = 64;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or - for stdin.")
  List<String> paths;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
  Path output;

  @Option(names = "--no-stories", description = "Skip grouping copies into stories (the story field stays null).")
  boolean noStories;

  @Option(names = "--threads", paramLabel = "N", description = "Pages extracted at once (default: one per core). The output is the same for any N.")
  Integer threads;

  /**
   * One page done: its outcome and, for an article, its JSON line without the story and its
   * fingerprint for grouping (empty with {@code --no-stories}).
   */
  private record Extracted(Outcome outcome, Optional<String> json, Optional<StoryIndex.Prepared> print) {}

  /** A record of the first pass and its story id (empty for none). */
  private record Line(String json, String story) {}

  @Override
  public Integer call() throws IOException {
    int n = threads(spec, threads);
    PrintWriter err = spec.commandLine().getErr();
    OutputFile target = output == null ? null : OutputFile.at(output);
    long started = System.nanoTime();
    Readout readout = new Readout();
    Tally tally = new Tally();
    List<String> ids = new ArrayList<>();
    Path pass1 = Files.createTempFile("readout-extract", ".jsonl");
    try (StoryIndex stories = StoryIndex.inMemory()) {
      try (Writer tmp = Files.newBufferedWriter(pass1, StandardCharsets.UTF_8);
          DocumentReader reader = Sources.open(paths);
          Progress progress = Progress.start("Extracting", Sources.count(paths), err)) {
        InOrder.map(progress.track(reader), (Input in) -> extract(readout, noStories ? null : stories, in), n,
            n * BATCH_PER_THREAD, batch -> {
          for (Extracted e : batch) {
            progress.onPage();
            if (tally.count(e.outcome(), err)) {
              Article a = e.outcome().article().orElseThrow().article();
              a.warnings().forEach(w -> err.println("readout: warning: " + a.source() + ": " + w));
              ids.add(a.id());
              tmp.write(e.json().orElseThrow());
              tmp.write('\n');
              e.print().ifPresent(stories::add);
            }
          }
        });
      }
      writeWithStories(pass1, ids, stories, target, n);
    } finally {
      Files.deleteIfExists(pass1);
    }
    err.printf(Locale.ROOT, "readout extract: %s in %.1f s%n", tally, (System.nanoTime() - started) / 1e9);
    err.flush();
    return tally.failed == 0 ? 0 : 1;
  }

  /**
   * Extracts one page on a worker thread, with what takes time in grouping it (its fingerprint)
   * when {@code stories} is given; the calling thread then only adds the fingerprint, in input order.
   */
  private static Extracted extract(Readout readout, StoryIndex stories, Input in) {
    Outcome o = readout.outcome(in);
    Optional<StoryIndex.Prepared> print =
        stories == null ? Optional.empty() : o.article().map(a -> stories.prepare(a.article()));
    return new Extracted(o, o.article().map(ArticleJson::write), print);
  }

  /** The threads asked for, or one per core; fewer than one is a usage error. Shared with {@code stories}. */
  static int threads(CommandLine.Model.CommandSpec spec, Integer asked) {
    if (asked == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (asked < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + asked);
    }
    return asked;
  }

  /**
   * Prints a rejection on stderr, a skipped input as such; returns what it adds to the count of
   * failed inputs (0 for a skipped one). Shared with {@code stories} and {@code ingest}.
   */
  static int report(Rejected r, PrintWriter err) {
    if (r.skipped()) {
      err.println("readout: skipped " + r.source() + ": " + r.reason());
      return 0;
    }
    err.println("readout: " + r);
    return 1;
  }

  private void writeWithStories(Path pass1, List<String> ids, StoryIndex stories, OutputFile target, int n) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(pass1, StandardCharsets.UTF_8);
        Writer out = target == null ? stdout() : target.open()) {
      Iterator<String> storyIds = ids.stream().map(id -> noStories ? "" : stories.storyOf(id).orElse("")).iterator();
      // Lines pair with their story on this thread, in order; the pool only rewrites them.
      Iterable<Line> lines = () -> in.lines().map(l -> new Line(l, storyIds.next())).iterator();
      InOrder.map(lines, ExtractCommand::withStory, n, n * BATCH_PER_THREAD, batch -> {
        for (String line : batch) {
          out.write(line);
          out.write('\n');
        }
      });
    } catch (IOException | RuntimeException e) {
      if (target != null) {
        target.abandon();
      }
      throw e;
    }
    if (target != null) {
      target.commit();
    }
  }

  private static String withStory(Line line) {
    if (line.story().isEmpty()) {
      return line.json();
    }
    try {
      ObjectNode o = (ObjectNode) ArticleJson.mapper().readTree(line.json());
      o.put("story", line.story());
      return ArticleJson.mapper().writeValueAsString(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Writer stdout() {
    return new BufferedWriter(spec.commandLine().getOut()) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /** What a run did, for the exit code and the closing summary. Shared with {@code stories}. */
  static final class Tally {
    long pages;
    long articles;
    long failed;
    long skipped;

    /** Counts an outcome and reports a rejection or skip on {@code err}; true for an article. */
    boolean count(Outcome o, PrintWriter err) {
      pages++;
      if (o.rejection().isPresent()) {
        failed += report(o.rejection().get(), err);
        skipped += o.skipped() ? 1 : 0;
        return false;
      }
      articles++;
      return true;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d pages read: %d articles, %d rejected, %d skipped", pages, articles, failed, skipped);
    }
  }
}
