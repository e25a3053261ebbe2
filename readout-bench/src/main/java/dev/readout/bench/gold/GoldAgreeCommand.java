package dev.readout.bench.gold;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gold-agree}: inter-annotator agreement, the second annotation scored against the first by
 * the same matching rules as Readout, on the stories both annotated.
 */
@Command(name = "gold-agree", mixinStandardHelpOptions = true,
    description = "Agreement between the primary (A<n>) and second (R<n>) annotations of the NLP gold.")
public final class GoldAgreeCommand implements Callable<Integer> {

  @CommandLine.Mixin GoldOptions options = new GoldOptions();

  @Option(names = "--resolved", defaultValue = "readout-bench/gold/nlp/resolved",
      description = "resolved annotations root (default: ${DEFAULT-VALUE})")
  Path resolvedRoot;

  @Option(names = "--first", split = ",", description = "first annotators (default: every A<n> folder)")
  List<String> first;

  @Option(names = "--second", split = ",", description = "second annotators (default: every R<n> folder)")
  List<String> second;

  @Option(names = "--show", description = "also print both annotations of this story id, with their words")
  String show;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    GoldStories stories = GoldStories.load(options.corpus, options.stories);
    Map<String, Layers> a = GoldLayers.read(resolvedRoot, first == null ? GoldScoreCommand.folders(resolvedRoot, "A") : first);
    Map<String, Layers> b = GoldLayers.read(resolvedRoot, second == null ? GoldScoreCommand.folders(resolvedRoot, "R") : second);
    Tally tally = new Tally("tune", "test", "all");
    for (StoryEntry e : stories.entries().values()) {
      if (a.containsKey(e.id()) && b.containsKey(e.id())) {
        String text = stories.text(e.id()).text();
        if (e.id().equals(show)) {
          LayersPrinter.print(out, "first", a.get(e.id()), text);
          LayersPrinter.print(out, "second", b.get(e.id()), text);
        }
        tally.add(e.split(), Matching.compare(a.get(e.id()), b.get(e.id()), text));
      }
    }
    out.println("first annotation as gold, second as prediction (F1 is symmetric):");
    tally.print(out);
    return 0;
  }
}
