package dev.readout.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand that scores one development set: it prints its detail, returns scoreboard rows, and
 * exits 0 when its targets are met. {@code all} runs every one and sums up their rows.
 */
abstract class SetEval implements Callable<Integer> {

  @Mixin Eval.Common common = new Eval.Common();

  @Spec CommandSpec spec;

  /** Scores the set, prints the detail to {@code out}, and returns the rows for the summary. */
  abstract List<Row> score(PrintWriter out) throws IOException;

  /** Whether the rows {@link #score} returned meet the set's targets. */
  abstract boolean met(List<Row> rows);

  @Override
  public final Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Row> rows = score(out);
    out.flush();
    return met(rows) ? 0 : 1;
  }
}
