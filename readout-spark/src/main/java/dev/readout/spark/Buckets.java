package dev.readout.spark;

import dev.readout.dedup.Fingerprints;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * LSH buckets on the cluster: the keys an article is filed under, and the candidate pairs of one
 * bucket. A pair is what a single {@link dev.readout.dedup.StoryIndex} would compare: each member
 * with the {@link Fingerprints#MAX_BUCKET} members that arrived just before it.
 */
final class Buckets {

  private Buckets() {}

  /** The bucket keys of an article: band index and band hash in one long. */
  static long[] keys(int[] bands) {
    long[] keys = new long[bands.length];
    for (int b = 0; b < bands.length; b++) {
      keys[b] = ((long) b << 32) | (bands[b] & 0xffffffffL);
    }
    return keys;
  }

  /**
   * The candidate pairs among the members of one bucket, given by their input ordinals, as {@code
   * {earlier, later}}; made as iteration asks, since a bucket of boilerplate holds many.
   */
  static Iterator<long[]> pairs(long[] ordinals, int window) {
    long[] sorted = ordinals.clone();
    Arrays.sort(sorted);
    return new Iterator<>() {
      private int i = 1;
      private int j = 0;

      @Override
      public boolean hasNext() {
        return i < sorted.length;
      }

      @Override
      public long[] next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        long[] pair = {sorted[j], sorted[i]};
        if (++j == i) {
          i++;
          j = Math.max(0, i - window);
        }
        return pair;
      }
    };
  }
}
