package dev.readout.bench.gold;

import dev.readout.nlp.Annotator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gold-score}: runs Readout's annotator on every gold story and scores engagements,
 * statements and events against the primary annotation, on the tune and test halves.
 */
@Command(name = "gold-score", mixinStandardHelpOptions = true,
    description = "Score Readout's engagements, statements and events on the NLP gold (docs/quality.md).")
public final class GoldScoreCommand implements Callable<Integer> {

  @CommandLine.Mixin GoldOptions options = new GoldOptions();

  @Option(names = "--resolved", defaultValue = "readout-bench/gold/nlp/resolved",
      description = "resolved annotations root (default: ${DEFAULT-VALUE})")
  Path resolvedRoot;

  @Option(names = "--gold", split = ",",
      description = "annotators whose files are the gold (default: every A<n> folder under --resolved)")
  List<String> annotators;

  @Option(names = "--show", description = "also print both sides' items for this story id (or every story of this split), with their words")
  String show;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    GoldStories stories = GoldStories.load(options.corpus, options.stories);
    Map<String, Layers> gold = GoldLayers.read(resolvedRoot, annotators == null ? folders(resolvedRoot, "A") : annotators);
    ReadoutLayers readout = new ReadoutLayers(new Annotator());
    Tally tally = new Tally("tune", "test", "all");
    for (StoryEntry e : stories.entries().values()) {
      Layers g = gold.get(e.id());
      if (g != null) {
        String text = stories.text(e.id()).text();
        Layers pred = readout.annotate(e, text);
        if (e.id().equals(show) || e.split().equals(show)) {
          List<int[]> matched = Matching.pairs(g.engagements(), pred.engagements(), Matching::sameEngagement,
              (x, y) -> x.evidence().distance(y.evidence()));
          LayersPrinter.print(out, "gold", g, text, matched.stream().map(m -> m[0]).toList());
          LayersPrinter.print(out, "readout", pred, text, matched.stream().map(m -> m[1]).toList());
        }
        tally.add(e.split(), Matching.compare(g, pred, text));
      }
    }
    tally.print(out);
    return 0;
  }

  /** The annotator folders under {@code root} whose names are {@code prefix} and a number. */
  static List<String> folders(Path root, String prefix) throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.matches(prefix + "\\d+")).sorted().toList();
    }
  }
}
