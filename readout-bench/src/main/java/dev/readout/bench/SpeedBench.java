package dev.readout.bench;

import dev.readout.html.HtmlArticles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Timed benchmark on the AEB pages, single thread, from decoded markup to result: each page's time
 * is the median of its measured rounds, and a method's time is the sum of those medians. Each
 * method runs in its own JVMs (as JMH forks do), because peers that share a JVM pollute the type
 * profiles of the jsoup code every method calls; the methods' JVMs take turns, and each method's
 * best JVM counts, so that load from other users of the machine hits all methods alike.
 */
@Command(name = "speed", description = "extraction speed against jsoup parse, Readability4J, boilerpipe")
final class SpeedBench implements Callable<Integer> {

  private static final Map<String, Function<BodySet.Page, Object>> METHODS = new LinkedHashMap<>();

  static {
    METHODS.put("jsoup-parse", p -> Jsoup.parse(p.html(), p.url().map(Object::toString).orElse("")));
    METHODS.put("readout", p -> HtmlArticles.extract(p.html(), p.url()));
    METHODS.put("readability4j", AebEval::readability);
    METHODS.put("boilerpipe", AebEval::boilerpipe);
  }

  @Mixin Eval.Common common = new Eval.Common();

  @Option(names = "--rounds", defaultValue = "5", description = "measured rounds (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--warmup", defaultValue = "3", description = "warm-up rounds (default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--forks", defaultValue = "3", description = "JVMs per method, run in turn; the best counts (default: ${DEFAULT-VALUE})")
  int forks;

  @Option(names = "--method", description = "time only this method in this JVM: ${COMPLETION-CANDIDATES}",
      completionCandidates = Names.class)
  String method;

  @Spec CommandSpec spec;

  /** The method names, for picocli's help. */
  static final class Names extends ArrayList<String> {
    Names() {
      super(METHODS.keySet());
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (method != null) {
      out.printf(Locale.ROOT, "RESULT %s %.1f%n", method, time(METHODS.get(method)));
      out.flush();
      return 0;
    }
    Map<String, Double> total = new LinkedHashMap<>();
    for (int f = 0; f < forks; f++) {
      for (String name : METHODS.keySet()) {
        total.merge(name, fork(name), Math::min);
      }
    }
    for (String name : METHODS.keySet()) {
      out.printf(Locale.ROOT, "%-14s %8.1f ms for the AEB pages (sum of per-page medians over %d rounds; best of %d JVMs)%n",
          name, total.get(name), rounds, forks);
    }
    double parse = total.get("jsoup-parse");
    double readout = total.get("readout");
    double readability = total.get("readability4j");
    out.printf(Locale.ROOT, "readout / jsoup parse = %.2f (want <= 2); readability4j / readout = %.2f (want >= 3); boilerpipe / readout = %.2f%n",
        readout / parse, readability / readout, total.get("boilerpipe") / readout);
    out.flush();
    return readout <= 2 * parse && readability >= 3 * readout ? 0 : 1;
  }

  private double time(Function<BodySet.Page, Object> f) throws IOException {
    if (f == null) {
      throw new IllegalArgumentException("--method: unknown, want one of " + METHODS.keySet());
    }
    List<BodySet.Page> pages = BodySet.aeb(common.corpus).pages;
    long[][] times = new long[pages.size()][rounds];
    for (int round = 0; round < warmup + rounds; round++) {
      for (int i = 0; i < pages.size(); i++) {
        long t0 = System.nanoTime();
        Object r = f.apply(pages.get(i));
        long t = System.nanoTime() - t0;
        if (r == null) {
          throw new IllegalStateException("no result for " + pages.get(i).id());
        }
        if (round >= warmup) {
          times[i][round - warmup] = t;
        }
      }
    }
    double total = 0;
    for (long[] page : times) {
      long[] r = page.clone();
      Arrays.sort(r);
      total += r[r.length / 2] / 1e6;
    }
    return total;
  }

  private double fork(String name) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"), Eval.class.getName(), "speed",
        "--method", name, "--rounds", Integer.toString(rounds), "--warmup", Integer.toString(warmup),
        "--corpus", common.corpus.toString());
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    double result = Double.NaN;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("RESULT ")) {
          result = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
      }
    }
    if (p.waitFor() != 0 || Double.isNaN(result)) {
      throw new IOException("speed fork for " + name + " failed");
    }
    return result;
  }
}
