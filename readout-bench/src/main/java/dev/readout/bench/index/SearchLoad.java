package dev.readout.bench.index;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load client for a running {@code readout serve}: THREADS closed-loop clients send a mix of
 * searches (one or two words, statements or articles, with and without a facet filter) for
 * SECONDS after a warm-up, and it prints throughput and latency percentiles. Run it in its own
 * JVM. Query words come from the {@link Vocabulary} the index was built with. Usage:
 * {@code SearchLoad BASE_URL [THREADS=8] [SECONDS=30] [WARMUP=10] [VOCABULARY=zipf]}.
 */
public final class SearchLoad {

  private SearchLoad() {}

  public static void main(String[] args) throws Exception {
    String base = args[0].replaceAll("/$", "");
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    Vocabulary vocabulary = args.length > 4 ? Vocabulary.of(args[4]) : Vocabulary.ZIPF;
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    run(http, base, vocabulary, threads, warmup, 0);
    long[] lat = run(http, base, vocabulary, threads, seconds, 1);
    Arrays.sort(lat);
    System.out.printf(Locale.ROOT, "requests=%d rps=%.0f p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n",
        lat.length, lat.length / (double) seconds, pct(lat, 50), pct(lat, 95), pct(lat, 99), lat[lat.length - 1] / 1e6);
  }

  static long[] run(HttpClient http, String base, Vocabulary v, int threads, int seconds, long seed) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<List<Long>>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      SplittableRandom rnd = new SplittableRandom(seed * 1000 + t);
      parts.add(pool.submit(() -> {
        List<Long> out = new ArrayList<>();
        while (System.nanoTime() < end) {
          HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/search?" + query(v, rnd))).build();
          long t0 = System.nanoTime();
          HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
          }
          out.add(System.nanoTime() - t0);
        }
        return out;
      }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> f : parts) {
      all.addAll(f.get());
    }
    pool.shutdown();
    return all.stream().mapToLong(Long::longValue).toArray();
  }

  static String query(Vocabulary v, SplittableRandom rnd) {
    QueryMix.Query q = QueryMix.next(v, rnd);
    StringBuilder sb = new StringBuilder("q=").append(URLEncoder.encode(q.text(), StandardCharsets.UTF_8));
    sb.append("&type=").append(q.statements() ? "statement" : "article");
    q.topic().ifPresent(t -> sb.append("&topic=").append(t));
    return sb.toString();
  }

  static double pct(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }
}
