package dev.readout.bench;

import dev.readout.html.HtmlArticles;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Timed benchmark on the AEB pages, single thread, from decoded markup to text: each page's time
 * is the median of its measured rounds, and a method's time is the sum of those medians. Each
 * round runs every method over all pages in turn, so that a method runs with its own code hot and
 * changing machine load hits all methods alike.
 */
@Command(name = "speed", description = "extraction speed against jsoup parse, Readability4J, boilerpipe")
final class SpeedBench implements Callable<Integer> {

  @Mixin Eval.Common common = new Eval.Common();

  @Option(names = "--rounds", defaultValue = "5", description = "measured rounds (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--warmup", defaultValue = "3", description = "warm-up rounds (default: ${DEFAULT-VALUE})")
  int warmup;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Aeb.Page> pages = new Aeb(common.corpus).pages;
    Map<String, Function<Aeb.Page, Object>> methods = new LinkedHashMap<>();
    methods.put("jsoup parse", p -> Jsoup.parse(p.html(), p.url().map(Object::toString).orElse("")));
    methods.put("readout", p -> HtmlArticles.extract(p.html(), p.url()));
    methods.put("readability4j", AebEval::readability);
    methods.put("boilerpipe", AebEval::boilerpipe);
    int m = methods.size();
    long[][][] times = new long[m][pages.size()][rounds];
    for (int round = 0; round < warmup + rounds; round++) {
      int k = 0;
      for (Function<Aeb.Page, Object> f : methods.values()) {
        for (int i = 0; i < pages.size(); i++) {
          long t0 = System.nanoTime();
          Object r = f.apply(pages.get(i));
          long t = System.nanoTime() - t0;
          if (r == null) {
            throw new IllegalStateException("no result");
          }
          if (round >= warmup) {
            times[k][i][round - warmup] = t;
          }
        }
        k++;
      }
    }
    double[] total = new double[m];
    int k = 0;
    for (String name : methods.keySet()) {
      for (int i = 0; i < pages.size(); i++) {
        long[] r = times[k][i].clone();
        Arrays.sort(r);
        total[k] += r[r.length / 2] / 1e6;
      }
      out.printf(Locale.ROOT, "%-14s %8.1f ms for %d pages (sum of per-page medians, %d rounds)%n", name, total[k], pages.size(), rounds);
      k++;
    }
    out.printf(Locale.ROOT, "readout / jsoup parse = %.2f (want <= 2); readability4j / readout = %.2f (want >= 3); boilerpipe / readout = %.2f%n",
        total[1] / total[0], total[2] / total[1], total[3] / total[1]);
    out.flush();
    return total[1] <= 2 * total[0] && total[2] >= 3 * total[1] ? 0 : 1;
  }
}
