package dev.readout.bench.stories;

import dev.readout.dedup.StoryConfig;
import dev.readout.dedup.StoryIndex;
import dev.readout.model.Article;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;

/**
 * Times story grouping (fingerprinting, LSH candidate search, verification, grouping) over N
 * synthetic pages of ~3 KB, fed in batches of 10,000 through {@link StoryIndex#addAll}, and
 * reports pages per second and the heap the index keeps. Page generation is not timed.
 *
 * <p>Usage: {@code java -Xmx2g ... StoriesBenchmark N [SEED]}; run one size per JVM so the memory
 * figures are the index's own.
 */
public final class StoriesBenchmark {

  private static final int BATCH = 10_000;

  private StoriesBenchmark() {}

  // CPU time of the whole process: all cores, garbage collection included. On a shared machine
  // wall time measures the neighbours too.
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
    SyntheticPages pages = new SyntheticPages(seed);
    long nanos = 0;
    long cpuNanos = 0;
    long groupedPages = 0;
    try (StoryIndex index = StoryIndex.inMemory(StoryConfig.DEFAULTS.compact())) {
      for (int done = 0; done < n; done += BATCH) {
        List<Article> batch = pages.batch(Math.min(BATCH, n - done));
        long t0 = System.nanoTime();
        long c0 = cpu();
        index.addAll(batch);
        nanos += System.nanoTime() - t0;
        cpuNanos += cpu() - c0;
      }
      for (var s : index.stories()) {
        groupedPages += s.members().size() > 1 ? s.members().size() : 0;
      }
      System.gc();
      long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      double seconds = nanos / 1e9;
      System.out.printf(Locale.ROOT,
          "| %,d | %.1f s | %,.0f pages/s | %.1f s | %,.0f pages/s | %,d MB retained | %,d MB peak | %,d pages in multi-page stories | max heap %,d MB |%n",
          n, seconds, n / seconds, cpuNanos / 1e9, n / (cpuNanos / 1e9) * Runtime.getRuntime().availableProcessors(), retained >> 20, peak >> 20, groupedPages, Runtime.getRuntime().maxMemory() >> 20);
    }
  }
}
