package dev.readout.bench.gold;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gold-texts}: writes the drawn stories' texts and metadata outside the repository. */
@Command(name = "gold-texts", description = "Write each gold story's text (<id>.txt) and metadata (<id>.meta.json).")
public final class GoldTextsCommand implements Callable<Integer> {

  @Option(names = "--corpus", defaultValue = "/work/shared/corpus", description = "corpus folder (default: ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--stories", defaultValue = "readout-bench/gold/nlp/stories.jsonl", description = "drawn stories (default: ${DEFAULT-VALUE})")
  Path stories;

  @Option(names = "--out", defaultValue = "/work/gold-texts", description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    GoldStories gold = GoldStories.load(corpus, stories);
    gold.materialise(out);
    spec.commandLine().getOut().printf("%d stories written to %s%n", gold.entries().size(), out);
    return 0;
  }
}
