package dev.readout.bench;

import dev.readout.bench.gold.GoldAgreeCommand;
import dev.readout.bench.gold.GoldDrawCommand;
import dev.readout.bench.gold.GoldScoreCommand;
import dev.readout.bench.gold.GoldTextsCommand;
import dev.readout.bench.gold.GoldValidateCommand;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scores Readout's HTML extraction on the development corpora and compares it with peers.
 * {@code aeb}: body 4-gram P/R/F1 beside the stored peers' outputs and the Java peers;
 * {@code fundus}: title, authors, day, body; {@code htmldate}: publication day; {@code speed}:
 * timed extraction against jsoup parse alone, Readability4J and boilerpipe.
 */
@Command(
    name = "readout-eval",
    mixinStandardHelpOptions = true,
    subcommands = {
      AebEval.class, FundusEval.class, HtmlDateEval.class, SpeedBench.class, Eval.All.class,
      GoldDrawCommand.class, GoldTextsCommand.class, GoldValidateCommand.class, GoldScoreCommand.class,
      GoldAgreeCommand.class
    },
    description = "Scores Readout's HTML extraction on the development corpora.")
public final class Eval implements Callable<Integer> {

  /** Options every subcommand shares. */
  static final class Common {
    @Option(names = "--corpus", description = "corpus folder (default: ${DEFAULT-VALUE})", defaultValue = "/work/shared/corpus")
    Path corpus;

    @Option(names = "--jsonl", description = "also write Readout's outputs as JSON Lines here")
    Path jsonl;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Eval()).execute(args));
  }

  /** Runs aeb, fundus and htmldate in turn. */
  @Command(name = "all", description = "aeb, fundus and htmldate")
  static final class All implements Callable<Integer> {
    @CommandLine.Mixin Common common = new Common();
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      String corpus = common.corpus.toString();
      CommandLine root = spec.parent().commandLine();
      int rc = 0;
      for (String sub : new String[] {"aeb", "fundus", "htmldate"}) {
        rc |= root.execute(sub, "--corpus", corpus);
      }
      return rc;
    }
  }
}
