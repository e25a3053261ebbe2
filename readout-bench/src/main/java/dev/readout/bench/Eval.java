package dev.readout.bench;

import dev.readout.bench.gold.GoldAgreeCommand;
import dev.readout.bench.gold.GoldDrawCommand;
import dev.readout.bench.gold.GoldScoreCommand;
import dev.readout.bench.gold.GoldTextsCommand;
import dev.readout.bench.gold.GoldValidateCommand;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scores Readout's HTML extraction on the development corpora and compares it with peers.
 * {@code aeb}: body 4-gram P/R/F1 beside the stored peers' outputs and the Java peers;
 * {@code cleaning}: the same on CleanEval dev, CleanPortalEval and Readability's tests beside
 * trafilatura's stored output;
 * {@code fundus}: title, authors, day, body; {@code htmldate}: publication day; {@code speed}:
 * timed extraction against jsoup parse alone, Readability4J and boilerpipe; {@code all}: every set
 * and one summary table.
 */
@Command(
    name = "readout-eval",
    mixinStandardHelpOptions = true,
    subcommands = {
      AebEval.class, CleaningEval.class, FundusEval.class, HtmlDateEval.class, SpeedBench.class, Eval.All.class,
      GoldDrawCommand.class, GoldTextsCommand.class, GoldValidateCommand.class, GoldScoreCommand.class,
      GoldAgreeCommand.class, dev.readout.bench.gold.GoldDatesCommand.class, dev.readout.bench.nlp.AnnotateSpeed.class
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

  /**
   * Every development set in turn (AEB, the {@code cleaning/} sets, fundus, htmldate), each set's
   * detail as its own command prints it, then one table of Readout beside the stored peers.
   */
  @Command(name = "all", description = "aeb, cleaning/*, fundus and htmldate, then one summary table")
  static final class All implements Callable<Integer> {
    @Option(names = "--corpus", description = "corpus folder (default: ${DEFAULT-VALUE})", defaultValue = "/work/shared/corpus")
    Path corpus;

    @Option(names = "--keep", description = "write each set's outputs as DIR/<set>.jsonl, for the Python scorers")
    Path keep;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      if (keep != null) {
        Files.createDirectories(keep);
      }
      List<Row> rows = new ArrayList<>();
      boolean met = true;
      for (SetEval set : List.of(new AebEval(), new CleaningEval(), new FundusEval(), new HtmlDateEval())) {
        set.common.corpus = corpus;
        set.common.jsonl = keep == null ? null : keep.resolve(name(set));
        List<Row> r = set.score(out);
        met &= set.met(r);
        rows.addAll(r);
      }
      out.println();
      Scoreboard.print(out, rows);
      out.flush();
      return met ? 0 : 1;
    }

    private static String name(SetEval set) {
      return set.getClass().getAnnotation(Command.class).name() + ".jsonl";
    }
  }
}
