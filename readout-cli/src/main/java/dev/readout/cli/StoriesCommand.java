package dev.readout.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.readout.InOrder;
import dev.readout.Outcome;
import dev.readout.Readout;
import dev.readout.dedup.Story;
import dev.readout.dedup.StoryIndex;
import dev.readout.dedup.StoryMember;
import dev.readout.read.DocumentReader;
import dev.readout.read.Sources;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout stories PATH... [--json] [--all] [--index DIR]}: reads and extracts the pages,
 * groups copies of one story, prints the groups. Exit 0, or 1 when some input was rejected; a page
 * with no article text, or a file in a folder that is not a page at all, is reported as skipped
 * and is not a rejection. Pages are extracted on {@code --threads} threads; grouping stays on one,
 * in input order, so the stories do not depend on the number of threads.
 */
@Command(
    name = "stories",
    description = {
      "Group syndicated copies and near-duplicates of the pages into stories and print the groups.",
      "Exit code 1 if any input was rejected. Skipped inputs do not count: a page with no article text, and a file inside a folder that is not a page at all (e.g. a labels JSON)."
    },
    mixinStandardHelpOptions = true)
public final class StoriesCommand implements Callable<Integer> {

  /** What the command was asked to do. */
  record Options(List<String> paths, boolean json, boolean all, Path index, int threads) {
    Options {
      paths = List.copyOf(paths);
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or - for stdin.")
  List<String> paths;

  @Option(names = "--json", description = "One JSON object per story, as JSON Lines.")
  boolean json;

  @Option(names = "--all", description = "Also print stories with a single page.")
  boolean all;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Keep the story index here: pages of earlier runs are grouped with these.")
  Path index;

  @Option(names = "--threads", paramLabel = "N", description = "Pages extracted at once (default: one per core). The stories are the same for any N.")
  Integer threads;

  @Override
  public Integer call() throws IOException {
    return run(new Options(paths, json, all, index, ExtractCommand.threads(spec, threads)));
  }

  /** A page's outcome and, for an article, its fingerprint, both made on a worker thread. */
  private record Grouped(Outcome outcome, Optional<StoryIndex.Prepared> print) {
    static Grouped of(Outcome outcome, StoryIndex stories) {
      return new Grouped(outcome, outcome.article().map(a -> stories.prepare(a.article())));
    }
  }

  private int run(Options o) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Readout readout = new Readout();
    ExtractCommand.Tally tally = new ExtractCommand.Tally();
    try (StoryIndex stories = o.index() == null ? StoryIndex.inMemory() : StoryIndex.open(o.index());
        DocumentReader reader = Sources.open(o.paths())) {
      // Pages are extracted and fingerprinted in parallel; stories are grouped here, one thread,
      // in input order.
      InOrder.map(reader, in -> Grouped.of(readout.outcome(in), stories), o.threads(),
          o.threads() * ExtractCommand.BATCH_PER_THREAD, batch -> {
        for (Grouped g : batch) {
          if (tally.count(g.outcome(), err)) {
            stories.add(g.print().orElseThrow());
          }
        }
      });
      List<Story> shown = stories.stories().stream().filter(s -> o.all() || s.members().size() > 1).toList();
      if (o.json()) {
        json(shown, out);
      } else {
        table(shown, stories.stories().size(), out);
      }
    }
    out.flush();
    err.flush();
    return tally.failed == 0 ? 0 : 1;
  }

  private static void json(List<Story> stories, PrintWriter out) throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module()).disable(SerializationFeature.INDENT_OUTPUT);
    for (Story s : stories) {
      out.println(mapper.writeValueAsString(s));
    }
  }

  private static void table(List<Story> stories, int total, PrintWriter out) {
    out.printf(Locale.ROOT, "%d stories, %d with more than one page%n", total,
        stories.stream().filter(s -> s.members().size() > 1).count());
    for (Story s : stories) {
      out.printf(Locale.ROOT, "%n%s  %d page%s  outlets: %s  agencies: %s%n", s.id(), s.members().size(),
          s.members().size() == 1 ? "" : "s", String.join(", ", s.outlets()), String.join(", ", s.agencies()));
      for (StoryMember m : s.members()) {
        String role = Objects.equals(m.articleId(), s.canonical()) ? "canonical" : String.format(Locale.ROOT, "%.2f", m.similarity());
        out.printf(Locale.ROOT, "  %-10s %-20s cut %2d  added %2d  %s%n", role, m.outlet().orElse("-"), m.cut().size(),
            m.added().size(), m.source());
      }
    }
  }
}
