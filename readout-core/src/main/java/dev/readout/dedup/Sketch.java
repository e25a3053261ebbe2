package dev.readout.dedup;

import java.util.Arrays;

/**
 * The two sketches a fingerprint keeps of a set of 64-bit shingle hashes.
 *
 * <p><b>One-permutation MinHash</b> (Li, Owen and Zhang 2012, densified as in Shrivastava and Li
 * 2014): one hash per shingle, its top bits pick a bin, each bin keeps its minimum. Bins agree with
 * probability equal to the Jaccard similarity, so bands of bins make the LSH keys.
 *
 * <p><b>Bottom-k</b> (Cohen and Kaplan 2007): the k smallest hash values. Two bottom-k sketches
 * below the smaller of their thresholds hold every element of both sets in that hash range, so the
 * intersection there is exact, and containment of either set in the other is estimated without
 * bias. This is what lets a trimmed copy (small Jaccard, high containment) be verified from compact
 * state alone, symmetrically, whichever article arrived first.
 */
final class Sketch {

  private Sketch() {}

  /** A one-permutation MinHash of {@code 1 << bits} bins over {@code hashes[0..n)}, densified. */
  static int[] minHash(long[] hashes, int n, int bits) {
    int k = 1 << bits;
    int[] bins = new int[k];
    Arrays.fill(bins, Integer.MAX_VALUE);
    boolean[] filled = new boolean[k];
    int filledCount = 0;
    for (int i = 0; i < n; i++) {
      long h = hashes[i];
      int bin = (int) (h >>> (64 - bits));
      int v = (int) h & 0x7fffffff;
      if (!filled[bin]) {
        filled[bin] = true;
        filledCount++;
      }
      if (v < bins[bin]) {
        bins[bin] = v;
      }
    }
    if (filledCount == 0) {
      return null;
    }
    if (filledCount < k) {
      densify(bins, filled);
    }
    return bins;
  }

  // An empty bin borrows the value of the next filled bin to its right, mixed with the distance,
  // so two sets agree on an empty bin exactly when they agree on the bin it borrows from.
  private static void densify(int[] bins, boolean[] filled) {
    int k = bins.length;
    for (int i = 0; i < k; i++) {
      if (filled[i]) {
        continue;
      }
      int d = 1;
      while (!filled[(i + d) % k]) {
        d++;
      }
      bins[i] = (int) Words.mix(bins[(i + d) % k] * 0x9E3779B97F4A7C15L + d) & 0x7fffffff;
    }
  }

  /** Hashes of {@code bands} bands of {@code rows} bins each, starting at band number {@code first}. */
  static void bands(int[] bins, int rows, int first, int[] out) {
    int bands = bins.length / rows;
    for (int b = 0; b < bands; b++) {
      long h = (first + b) * 0x9E3779B97F4A7C15L;
      for (int r = 0; r < rows; r++) {
        h = Words.mix(h + bins[b * rows + r]);
      }
      out[first + b] = (int) h;
    }
  }

  /**
   * The up to {@code k} smallest distinct values of {@code values[0..n)}, sorted; the values are
   * uniform hashes in {@code [0, 2^31)}. Sorting only the values under a threshold a little above
   * the expected k-th smallest keeps this linear; a threshold too tight (rare) is doubled.
   */
  static int[] bottomK(int[] values, int n, int k) {
    if (n <= 2 * k) {
      return smallest(Arrays.copyOf(values, n), n, k);
    }
    long limit = (1L << 31) / n * 2L * k;
    while (true) {
      int[] under = new int[Math.min(n, 4 * k)];
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (values[i] < limit) {
          if (m == under.length) {
            under = Arrays.copyOf(under, Math.min(n, m * 2));
          }
          under[m++] = values[i];
        }
      }
      int[] out = smallest(under, m, k);
      if (out.length == k || limit >= 1L << 31) {
        return out;
      }
      limit *= 2;
    }
  }

  private static int[] smallest(int[] values, int n, int k) {
    Arrays.sort(values, 0, n);
    int[] out = new int[Math.min(k, n)];
    int m = 0;
    for (int i = 0; i < n && m < out.length; i++) {
      if (i == 0 || values[i] != values[i - 1]) {
        out[m++] = values[i];
      }
    }
    return m == out.length ? out : Arrays.copyOf(out, m);
  }

  /**
   * Coordinated comparison of two bottom-k samples of capacity {@code k}, both sorted: the counts
   * of each and of both below the smaller threshold. A sample shorter than k holds its whole set.
   */
  static Overlap overlap(int[] a, int[] b, int k) {
    int limit = Integer.MAX_VALUE;
    if (a.length >= k) {
      limit = a[a.length - 1];
    }
    if (b.length >= k) {
      limit = Math.min(limit, b[b.length - 1]);
    }
    int i = 0;
    int j = 0;
    int na = 0;
    int nb = 0;
    int both = 0;
    while (i < a.length && a[i] <= limit || j < b.length && b[j] <= limit) {
      boolean ai = i < a.length && a[i] <= limit;
      boolean bj = j < b.length && b[j] <= limit;
      if (ai && bj && a[i] == b[j]) {
        both++;
        na++;
        nb++;
        i++;
        j++;
      } else if (ai && (!bj || a[i] < b[j])) {
        na++;
        i++;
      } else {
        nb++;
        j++;
      }
    }
    return new Overlap(na, nb, both);
  }

  /** Sample counts below a shared threshold. */
  record Overlap(int a, int b, int both) {

    /** Estimated share of the smaller set found in the larger one; 0 when nothing was sampled. */
    double containment() {
      int min = Math.min(a, b);
      return min == 0 ? 0 : (double) both / min;
    }

    /** Estimated Jaccard similarity. */
    double jaccard() {
      int union = a + b - both;
      return union == 0 ? 0 : (double) both / union;
    }
  }
}
