package dev.readout.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The body sets under {@code cleaning/} (CleanEval dev, CleanPortalEval, Readability's tests):
 * body 4-gram P, R, F1 beside trafilatura's stored output, as {@code score_aeb.py} scores them.
 */
@Command(name = "cleaning", description = "cleaning/* body sets: body 4-gram P, R, F1 beside trafilatura")
final class CleaningEval extends SetEval {

  @Parameters(arity = "0..*", paramLabel = "SET", description = "cleaneval-dev, cleanportaleval, readability (default: all three)")
  List<String> sets = new ArrayList<>();

  /**
   * Scores each set, prints the detail, and returns one row a set. With {@code --jsonl FILE} and
   * several sets, each set's outputs go to {@code FILE} with the set's name before the extension.
   */
  @Override
  List<Row> score(PrintWriter out) throws IOException {
    List<String> names = sets.isEmpty() ? BodySet.CLEANING : sets;
    List<Row> rows = new ArrayList<>();
    for (String name : names) {
      BodySet set = BodySet.cleaning(common.corpus, name);
      BodyScoring.Result r = BodyScoring.run(set, jsonl(name, names.size()));
      BodyScoring.print(out, set, r);
      rows.add(BodyScoring.row(set, r, "body F1", AebMetric.Score::f1));
      if (set.commentsInGold) {
        rows.add(BodyScoring.withComments(set, r));
      }
    }
    return rows;
  }

  private Path jsonl(String set, int sets) {
    if (common.jsonl == null || sets == 1) {
      return common.jsonl;
    }
    String file = common.jsonl.getFileName().toString();
    int dot = file.lastIndexOf('.');
    String named = dot < 0 ? file + "-" + set : file.substring(0, dot) + "-" + set + file.substring(dot);
    return common.jsonl.resolveSibling(named);
  }

  /** The target: above trafilatura's stored score on every set. */
  @Override
  boolean met(List<Row> rows) {
    return rows.stream().allMatch(r -> r.readout() > r.peers().getOrDefault("trafilatura", 0.0));
  }
}
