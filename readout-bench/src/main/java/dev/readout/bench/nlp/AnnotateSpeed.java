package dev.readout.bench.nlp;

import dev.readout.Readout;
import dev.readout.model.Article;
import dev.readout.model.Input;
import dev.readout.model.Page;
import dev.readout.model.RawDocument;
import dev.readout.read.DocumentReader;
import dev.readout.read.Sources;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Annotation speed on one thread: the pages are decoded and extracted once, then annotated over and
 * over, round after round, and each round's articles per CPU-second of the thread are reported
 * with their median; the baseline, measured in the same run and on the same thread, is decoding
 * and extraction of the same pages. CPU time, not wall time, is the figure to quote on a shared
 * machine.
 */
@Command(name = "annotate-speed", description = "articles annotated per CPU-second on one thread, against extraction of the same pages")
public final class AnnotateSpeed implements Callable<Integer> {

  @Parameters(arity = "1..*", description = "pages (files or folders) to annotate")
  List<String> inputs;

  @Option(names = "--rounds", defaultValue = "5", description = "measured rounds (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--articles", defaultValue = "5000", description = "articles a round (default: ${DEFAULT-VALUE})")
  int perRound;

  @Option(names = "--warmup", defaultValue = "2", description = "unmeasured rounds first (default: ${DEFAULT-VALUE})")
  int warmup;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Readout readout = new Readout();
    List<RawDocument> docs = new ArrayList<>();
    try (DocumentReader r = Sources.open(inputs)) {
      for (Input in : r) {
        if (in instanceof RawDocument d) {
          docs.add(d);
        }
      }
    }
    if (docs.isEmpty()) {
      spec.commandLine().getErr().println("readout-eval annotate-speed: no readable page in " + inputs);
      return 1;
    }
    List<Article> articles = docs.stream().map(d -> readout.extract(readout.decode(d))).toList();
    long chars = articles.stream().mapToLong(a -> a.body().length()).sum();
    out.printf(Locale.ROOT, "%d pages, mean body %d characters; %d rounds of %d after %d warm-up rounds%n",
        docs.size(), chars / docs.size(), rounds, perRound, warmup);
    double[] annotate = new double[rounds];
    double[] extract = new double[rounds];
    for (int round = -warmup; round < rounds; round++) {
      double a = perCpuSecond(i -> readout.annotate(articles.get(i % articles.size())));
      double e = perCpuSecond(i -> {
        Page p = readout.decode(docs.get(i % docs.size()));
        readout.extract(p);
      });
      if (round >= 0) {
        annotate[round] = a;
        extract[round] = e;
        out.printf(Locale.ROOT, "round %d: annotate %.0f articles per CPU-second, decode+extract %.0f pages per CPU-second%n",
            round + 1, a, e);
      }
    }
    double ma = median(annotate);
    double me = median(extract);
    out.printf(Locale.ROOT, "median: annotate %.0f articles per CPU-second, decode+extract %.0f pages per CPU-second, "
        + "annotation costs %.2f× extraction%n", ma, me, me / ma);
    return 0;
  }

  private interface Step {
    void run(int i);
  }

  private double perCpuSecond(Step step) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long t0 = bean.getCurrentThreadCpuTime();
    for (int i = 0; i < perRound; i++) {
      step.run(i);
    }
    long ns = bean.getCurrentThreadCpuTime() - t0;
    return perRound / (ns / 1e9);
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
