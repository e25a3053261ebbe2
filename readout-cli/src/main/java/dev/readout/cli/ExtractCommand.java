package dev.readout.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.Readout;
import dev.readout.dedup.StoryIndex;
import dev.readout.json.ArticleJson;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Input;
import dev.readout.model.RawDocument;
import dev.readout.model.Rejected;
import dev.readout.read.DocumentReader;
import dev.readout.read.Sources;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout extract PATH... [-o FILE]}: one JSON object per article, as JSON Lines, with the
 * story each belongs to among the inputs of this run.
 *
 * <p>Records stream to a temporary file while the story index, which keeps a few hundred bytes per
 * article, groups them; a second pass writes each record with its story id. Memory does not grow
 * with the size of the articles. With {@code -o}, the output file appears only when complete.
 */
@Command(
    name = "extract",
    description = {
      "Read pages (plain text, HTML, WARC, JSON Lines; files, folders or - for stdin) and write one JSON object per article.",
      "Problems with single inputs are reported on stderr, one line each; the rest goes on. Exit code 1 if any input was rejected.",
      "A file inside a folder that is not a page at all (e.g. a labels JSON beside the pages) is reported as skipped and does not change the exit code."
    },
    mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or - for stdin.")
  List<String> paths;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
  Path output;

  @Option(names = "--no-stories", description = "Skip grouping copies into stories (the story field stays null).")
  boolean noStories;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Readout readout = new Readout();
    Path pass1 = Files.createTempFile("readout-extract", ".jsonl");
    int rejected = 0;
    try (StoryIndex stories = StoryIndex.inMemory()) {
      try (Writer tmp = Files.newBufferedWriter(pass1, StandardCharsets.UTF_8);
          DocumentReader reader = Sources.open(paths);
          Progress progress = Progress.start("Extracting")) {
        for (Input in : reader) {
          progress.step();
          if (in instanceof Rejected r) {
            rejected += report(r, err);
            continue;
          }
          AnnotatedArticle a;
          try {
            a = readout.process((RawDocument) in);
          } catch (RuntimeException e) {
            // One place turns an extraction bug into a per-document error: the batch goes on.
            err.println("readout: " + new Rejected(in.source(), "extract", e.toString()));
            rejected++;
            continue;
          }
          a.article().warnings().forEach(w -> err.println("readout: warning: " + in.source() + ": " + w));
          if (!noStories) {
            stories.add(a.article());
          }
          tmp.write(ArticleJson.write(a));
          tmp.write('\n');
        }
      }
      writeWithStories(pass1, stories);
    } finally {
      Files.deleteIfExists(pass1);
    }
    err.flush();
    return rejected == 0 ? 0 : 1;
  }

  /**
   * Prints a rejection on stderr, a skipped input as such; returns what it adds to the count of
   * failed inputs (0 for a skipped one). Shared with {@code stories}.
   */
  static int report(Rejected r, PrintWriter err) {
    if (r.skipped()) {
      err.println("readout: skipped " + r.source() + ": " + r.reason());
      return 0;
    }
    err.println("readout: " + r);
    return 1;
  }

  private void writeWithStories(Path pass1, StoryIndex stories) throws IOException {
    Path target = output == null ? null : output.toAbsolutePath();
    Path partial = target == null ? null : target.resolveSibling(target.getFileName() + ".partial");
    try (BufferedReader in = Files.newBufferedReader(pass1, StandardCharsets.UTF_8);
        Writer out = open(partial)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!noStories) {
          ObjectNode o = (ObjectNode) ArticleJson.mapper().readTree(line);
          stories.storyOf(o.path("id").asText()).ifPresent(s -> o.put("story", s));
          line = ArticleJson.mapper().writeValueAsString(o);
        }
        out.write(line);
        out.write('\n');
      }
    }
    if (partial != null) {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private Writer open(Path file) throws IOException {
    if (file == null) {
      PrintWriter out = spec.commandLine().getOut();
      return new BufferedWriter(out) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }
}
