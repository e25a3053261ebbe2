package dev.readout.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** AEB body P/R/F1 for Readout, the stored peers and (optionally) the Java peers. */
@Command(name = "aeb", description = "Article Extraction Benchmark: body 4-gram P, R, F1")
final class AebEval extends SetEval {

  @Option(names = "--java-peers", description = "also run Readability4J and boilerpipe on the pages")
  boolean javaPeers;

  @Option(names = "--worst", description = "list the N pages Readout scores worst on", defaultValue = "0")
  int worst;

  /** Scores the set, prints the detail, and returns the scoreboard rows: F1, then precision. */
  @Override
  List<Row> score(PrintWriter out) throws IOException {
    BodySet aeb = BodySet.aeb(common.corpus);
    BodyScoring.Result r = BodyScoring.run(aeb, common.jsonl);
    BodyScoring.print(out, aeb, r);
    if (javaPeers) {
      BodyScoring.line(out, "java readability4j", AebMetric.score(aeb.gold, run(aeb, AebEval::readability)), "");
      BodyScoring.line(out, "java boilerpipe", AebMetric.score(aeb.gold, run(aeb, AebEval::boilerpipe)), "");
    }
    if (worst > 0) {
      listWorst(out, aeb, r.bodies());
    }
    return List.of(BodyScoring.row(aeb, r, "body F1", AebMetric.Score::f1), BodyScoring.row(aeb, r, "body P", AebMetric.Score::precision));
  }

  /** The target: F1 ≥ 0.965 with P ≥ 0.95. */
  @Override
  boolean met(List<Row> rows) {
    return rows.get(0).readout() >= 0.965 && rows.get(1).readout() >= 0.95;
  }

  private static Map<String, String> run(BodySet aeb, Function<BodySet.Page, String> extractor) {
    Map<String, String> pred = new LinkedHashMap<>();
    for (BodySet.Page p : aeb.pages) {
      pred.put(p.id(), extractor.apply(p));
    }
    return pred;
  }

  static String readability(BodySet.Page p) {
    try {
      String t = new Readability4J(p.url().map(Object::toString).orElse(""), p.html()).parse().getTextContent();
      return t == null ? "" : t;
    } catch (RuntimeException e) {
      return "";
    }
  }

  static String boilerpipe(BodySet.Page p) {
    try {
      return ArticleExtractor.INSTANCE.getText(p.html());
    } catch (Exception e) {
      return "";
    }
  }

  private void listWorst(PrintWriter out, BodySet aeb, Map<String, String> pred) {
    List<Map.Entry<String, Double>> scores = new ArrayList<>();
    for (String id : aeb.gold.keySet()) {
      AebMetric.Counts c = AebMetric.counts(aeb.gold.get(id), pred.getOrDefault(id, ""));
      double p = c.tp() + c.fp() == 0 ? 1 : c.tp() / (c.tp() + c.fp());
      double r = c.tp() + c.fn() == 0 ? 1 : c.tp() / (c.tp() + c.fn());
      scores.add(Map.entry(id + String.format(Locale.ROOT, " P %.2f R %.2f", p, r), Math.min(p, r)));
    }
    scores.sort(Comparator.comparingDouble(Map.Entry::getValue));
    for (int i = 0; i < Math.min(worst, scores.size()); i++) {
      out.println("  worst " + scores.get(i).getKey());
    }
  }
}
