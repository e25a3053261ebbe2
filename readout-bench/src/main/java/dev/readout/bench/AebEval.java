package dev.readout.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.readout.model.Draft;
import dev.readout.html.HtmlArticles;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** AEB body P/R/F1 for Readout, the stored peers and (optionally) the Java peers. */
@Command(name = "aeb", description = "Article Extraction Benchmark: body 4-gram P, R, F1")
final class AebEval implements Callable<Integer> {

  @Mixin Eval.Common common = new Eval.Common();

  @Option(names = "--java-peers", description = "also run Readability4J and boilerpipe on the pages")
  boolean javaPeers;

  @Option(names = "--worst", description = "list the N pages Readout scores worst on", defaultValue = "0")
  int worst;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Aeb aeb = new Aeb(common.corpus);
    Map<String, String> pred = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    try (Outputs o = new Outputs(common.jsonl)) {
      for (Aeb.Page p : aeb.pages) {
        Draft d = HtmlArticles.extract(p.html(), p.url());
        pred.put(p.id(), Outputs.Drafts.body(d));
        o.write(p.file().toString(), d);
      }
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    for (Map.Entry<String, Map<String, String>> peer : aeb.peers().entrySet()) {
      line(out, "peer " + peer.getKey(), AebMetric.score(aeb.gold, peer.getValue()), "");
    }
    if (javaPeers) {
      line(out, "java readability4j", AebMetric.score(aeb.gold, run(aeb, AebEval::readability)), "");
      line(out, "java boilerpipe", AebMetric.score(aeb.gold, run(aeb, AebEval::boilerpipe)), "");
    }
    AebMetric.Score s = AebMetric.score(aeb.gold, pred);
    out.printf(Locale.ROOT, "pages without output: %d%n", aeb.gold.size() - aeb.pages.size());
    line(out, "aeb", s, String.format(Locale.ROOT, " (%d pages, %d ms)", aeb.pages.size(), ms));
    if (worst > 0) {
      listWorst(out, aeb, pred);
    }
    out.flush();
    return s.f1() >= 0.965 && s.precision() >= 0.95 ? 0 : 1;
  }

  private static void line(PrintWriter out, String name, AebMetric.Score s, String tail) {
    out.printf(Locale.ROOT, "%-22s F1 %.3f P %.3f R %.3f%s%n", name + ":", s.f1(), s.precision(), s.recall(), tail);
  }

  private static Map<String, String> run(Aeb aeb, Function<Aeb.Page, String> extractor) {
    Map<String, String> pred = new LinkedHashMap<>();
    for (Aeb.Page p : aeb.pages) {
      pred.put(p.id(), extractor.apply(p));
    }
    return pred;
  }

  static String readability(Aeb.Page p) {
    try {
      String t = new Readability4J(p.url().map(Object::toString).orElse(""), p.html()).parse().getTextContent();
      return t == null ? "" : t;
    } catch (RuntimeException e) {
      return "";
    }
  }

  static String boilerpipe(Aeb.Page p) {
    try {
      return ArticleExtractor.INSTANCE.getText(p.html());
    } catch (Exception e) {
      return "";
    }
  }

  private void listWorst(PrintWriter out, Aeb aeb, Map<String, String> pred) {
    List<Map.Entry<String, Double>> scores = new ArrayList<>();
    for (String id : aeb.gold.keySet()) {
      AebMetric.Counts c = AebMetric.counts(aeb.gold.get(id), pred.getOrDefault(id, ""));
      double p = c.tp() + c.fp() == 0 ? 1 : c.tp() / (c.tp() + c.fp());
      double r = c.tp() + c.fn() == 0 ? 1 : c.tp() / (c.tp() + c.fn());
      out.printf(Locale.ROOT, "");
      scores.add(Map.entry(id + String.format(Locale.ROOT, " P %.2f R %.2f", p, r), Math.min(p, r)));
    }
    scores.sort(Comparator.comparingDouble(Map.Entry::getValue));
    for (int i = 0; i < Math.min(worst, scores.size()); i++) {
      out.println("  worst " + scores.get(i).getKey());
    }
  }
}
