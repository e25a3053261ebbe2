package dev.readout.bench.gold;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gold-texts}: writes the drawn stories' texts and metadata outside the repository. */
@Command(name = "gold-texts", mixinStandardHelpOptions = true, description = "Write each gold story's text (<id>.txt) and metadata (<id>.meta.json).")
public final class GoldTextsCommand implements Callable<Integer> {

  @CommandLine.Mixin GoldOptions options = new GoldOptions();

  @Option(names = "--out", defaultValue = "/work/gold-texts", description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    GoldStories gold = GoldStories.load(options.corpus, options.stories);
    gold.materialise(out);
    spec.commandLine().getOut().printf("%d stories written to %s%n", gold.entries().size(), out);
    return 0;
  }
}
