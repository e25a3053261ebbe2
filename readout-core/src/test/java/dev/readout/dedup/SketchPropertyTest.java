package dev.readout.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sketches against exact set arithmetic on random pairs of sets. */
class SketchPropertyTest {

  private static final long SEED = Long.getLong("dedup.seed", System.nanoTime());

  @Test
  void minHashEstimateAgreesWithExactJaccardWithinItsErrorBound() {
    System.out.println("SketchPropertyTest seed " + SEED + " (replay with -Ddedup.seed=" + SEED + ")");
    SplittableRandom random = new SplittableRandom(SEED);
    int outside = 0;
    int trials = 300;
    for (int t = 0; t < trials; t++) {
      Pair p = pair(random);
      int[] a = Sketch.minHash(p.a, p.a.length, 6);
      int[] b = Sketch.minHash(p.b, p.b.length, 6);
      int agree = 0;
      for (int i = 0; i < a.length; i++) {
        agree += a[i] == b[i] ? 1 : 0;
      }
      double estimate = agree / 64.0;
      // Three standard deviations of a 64-sample estimate: a miss 0.3% of the time.
      double bound = 3 * Math.sqrt(p.jaccard * (1 - p.jaccard) / 64) + 0.02;
      outside += Math.abs(estimate - p.jaccard) > bound ? 1 : 0;
    }
    assertThat(outside).as("seed %d: pairs outside the bound", SEED).isLessThanOrEqualTo(trials / 50);
  }

  @Test
  void bottomKContainmentAgreesWithExactContainmentWithinItsErrorBound() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    int outside = 0;
    int trials = 300;
    for (int t = 0; t < trials; t++) {
      Pair p = pair(random);
      Sketch.Overlap o = Sketch.overlap(bottom(p.a), bottom(p.b), Fingerprint.SAMPLE);
      int samples = Math.max(1, Math.min(o.a(), o.b()));
      double bound = 3 * Math.sqrt(p.containment * (1 - p.containment) / samples) + 0.03;
      outside += Math.abs(o.containment() - p.containment) > bound ? 1 : 0;
      assertThat(o.jaccard()).isBetween(0.0, 1.0);
    }
    assertThat(outside).as("seed %d: pairs outside the bound", SEED).isLessThanOrEqualTo(trials / 50);
  }

  @Test
  void bottomKHoldsTheSmallestDistinctValuesSorted() {
    SplittableRandom random = new SplittableRandom(SEED + 2);
    for (int t = 0; t < 200; t++) {
      int n = random.nextInt(1000);
      int[] values = new int[n];
      for (int i = 0; i < n; i++) {
        values[i] = random.nextInt(Integer.MAX_VALUE / (1 + random.nextInt(3)));
      }
      int[] naive = java.util.Arrays.stream(values).distinct().sorted().limit(64).toArray();
      assertThat(Sketch.bottomK(values, n, 64)).as("seed %d", SEED).containsExactly(naive);
    }
  }

  private static int[] bottom(long[] hashes) {
    int[] values = new int[hashes.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = (int) (hashes[i] >>> 33);
    }
    return Sketch.bottomK(values, values.length, Fingerprint.SAMPLE);
  }

  private record Pair(long[] a, long[] b, double jaccard, double containment) {}

  // Two sets of mixed hashes sharing a random part, with random sizes: from disjoint to nested.
  private static Pair pair(SplittableRandom random) {
    int shared = random.nextInt(400);
    int onlyA = random.nextInt(400);
    int onlyB = random.nextInt(400);
    if (shared + onlyA == 0 || shared + onlyB == 0) {
      shared = 1;
    }
    Set<Long> a = new HashSet<>();
    Set<Long> b = new HashSet<>();
    for (int i = 0; i < shared; i++) {
      long h = Words.mix(random.nextLong());
      a.add(h);
      b.add(h);
    }
    for (int i = 0; i < onlyA; i++) {
      a.add(Words.mix(random.nextLong()));
    }
    for (int i = 0; i < onlyB; i++) {
      b.add(Words.mix(random.nextLong()));
    }
    double jaccard = (double) shared / (shared + onlyA + onlyB);
    double containment = (double) shared / Math.min(a.size(), b.size());
    return new Pair(
        a.stream().mapToLong(Long::longValue).toArray(),
        b.stream().mapToLong(Long::longValue).toArray(),
        jaccard,
        containment);
  }
}
