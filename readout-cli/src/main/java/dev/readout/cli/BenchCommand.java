package dev.readout.cli;

import dev.readout.Readout;
import dev.readout.model.Input;
import dev.readout.model.RawDocument;
import dev.readout.read.DocumentReader;
import dev.readout.read.Sources;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout bench PATH... [--pages N] [--rounds R]}: decode and extract the given pages over
 * and over on one thread, as a stream, and report throughput and peak heap. The pages are read
 * once; each round replays them until {@code --pages} documents have gone through.
 */
@Command(
    name = "bench",
    description = "Measure single-thread decode+extract throughput by replaying pages (default: 100000 pages, 5 rounds).",
    mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Pages to replay (files or folders).")
  List<String> paths;

  @Option(names = "--pages", defaultValue = "100000", description = "Documents per round (default ${DEFAULT-VALUE}).")
  int pages;

  @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds after one warm-up round (default ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--annotate", description = "Also run annotation (actors, statements, engagements).")
  boolean annotate;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (pages < 1 || rounds < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--pages and --rounds must be at least 1");
    }
    List<RawDocument> docs = new ArrayList<>();
    try (DocumentReader reader = Sources.open(paths)) {
      for (Input in : reader) {
        if (in instanceof RawDocument d) {
          docs.add(d);
        }
      }
    }
    if (docs.isEmpty()) {
      spec.commandLine().getErr().println("readout bench: no readable pages in " + paths);
      return 1;
    }
    Readout readout = new Readout();
    long bytes = docs.stream().mapToLong(d -> d.content().remaining()).sum() / docs.size();
    out.printf(Locale.ROOT, "replaying %d distinct pages (mean %d bytes) as %d documents a round, 1 thread%n", docs.size(), bytes, pages);
    round(readout, docs); // warm-up
    resetPeaks();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] rates = new double[rounds];
    double[] cpuRates = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      long sink = round(readout, docs);
      double secs = (System.nanoTime() - t0) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
      rates[r] = pages / secs;
      cpuRates[r] = pages / cpu;
      out.printf(Locale.ROOT, "round %d: %.0f pages/s wall, %.0f pages per CPU-second (%d units out)%n",
          r + 1, rates[r], cpuRates[r], sink);
    }
    // Baseline in the same run: decoding alone (charset detection and text/HTML choice), the
    // floor every extractor pays.
    double[] baseline = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long sink = 0;
      for (int i = 0; i < pages; i++) {
        sink += readout.decode(docs.get(i % docs.size())).text().length();
      }
      baseline[r] = pages / ((threads.getCurrentThreadCpuTime() - c0) / 1e9);
      if (sink < 0) {
        out.println();
      }
    }
    Arrays.sort(baseline);
    Arrays.sort(rates);
    Arrays.sort(cpuRates);
    out.printf(Locale.ROOT, "baseline, decode only: median %.0f pages per CPU-second; extraction costs %.1fx decoding%n",
        baseline[rounds / 2], baseline[rounds / 2] / cpuRates[rounds / 2]);
    out.printf(Locale.ROOT, "median %.0f pages/s wall, %.0f pages per CPU-second; peak heap used %d MB (max heap %d MB)%n",
        rates[rounds / 2], cpuRates[rounds / 2], peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
    return 0;
  }

  private long round(Readout readout, List<RawDocument> docs) {
    long sink = 0;
    for (int i = 0; i < pages; i++) {
      RawDocument d = docs.get(i % docs.size());
      var article = readout.extract(readout.decode(d));
      sink += annotate ? readout.annotate(article).statements().size() : article.paragraphs().size();
    }
    return sink;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
