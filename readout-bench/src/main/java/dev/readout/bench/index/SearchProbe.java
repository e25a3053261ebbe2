package dev.readout.bench.index;

import dev.readout.index.Corpus;
import dev.readout.index.SearchRequest;
import dev.readout.index.SearchResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * In-process search latency on one thread, no HTTP: the same query mix as {@link SearchLoad},
 * run straight against {@link Corpus#search}. It shows what a search costs the server's CPU,
 * apart from HTTP and contention; on a shared machine its CPU-time percentiles are the steadier
 * figure. Usage:
 * {@code SearchProbe DATADIR [QUERIES=2000] [WARMUP=500] [VOCABULARY=zipf]}.
 */
public final class SearchProbe {

  /** Searches slower than this many milliseconds are printed; 0 prints none (system property {@code slow}). */
  static final long slow = Long.getLong("slow", 0);

  private SearchProbe() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    Vocabulary v = args.length > 3 ? Vocabulary.of(args[3]) : Vocabulary.ZIPF;
    try (Corpus corpus = Corpus.open(data)) {
      run(corpus, v, new SplittableRandom(0), warmup, new long[warmup]);
      long[] cpu = new long[queries];
      long[] lat = run(corpus, v, new SplittableRandom(1), queries, cpu);
      print("wall", lat);
      print("cpu", cpu);
    }
  }

  static void print(String what, long[] times) {
    long[] t = times.clone();
    Arrays.sort(t);
    System.out.printf(Locale.ROOT, "%s: queries=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms mean=%.1fms%n",
        what, t.length, SearchLoad.pct(t, 50), SearchLoad.pct(t, 95), SearchLoad.pct(t, 99),
        t[t.length - 1] / 1e6, Arrays.stream(t).average().orElse(0) / 1e6);
  }

  /** Runs n searches; returns their wall times and fills {@code cpu} with this thread's CPU times. */
  static long[] run(Corpus corpus, Vocabulary v, SplittableRandom rnd, int n, long[] cpu) throws IOException {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] lat = new long[n];
    long hits = 0;
    for (int i = 0; i < n; i++) {
      QueryMix.Query q = QueryMix.next(v, rnd);
      SearchRequest r = SearchRequest.of(q.text(), q.statements() ? SearchRequest.Type.STATEMENT : SearchRequest.Type.ARTICLE);
      if (q.topic().isPresent()) {
        r = r.withTopic(q.topic().get());
      }
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      SearchResult res = corpus.search(r);
      lat[i] = System.nanoTime() - t0;
      cpu[i] = mx.getCurrentThreadCpuTime() - c0;
      if (slow > 0 && lat[i] > slow * 1_000_000L) {
        System.out.printf(Locale.ROOT, "slow %.1fms cpu %.1fms hits %d: %s%n", lat[i] / 1e6, cpu[i] / 1e6, res.total(), q);
      }
      hits += res.total();
    }
    System.out.printf(Locale.ROOT, "%d searches, %.0f hits on average%n", n, hits / (double) n);
    return lat;
  }
}
