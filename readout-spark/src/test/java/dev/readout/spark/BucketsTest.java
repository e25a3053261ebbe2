package dev.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BucketsTest {

  @Test
  void eachMemberPairsWithTheWindowBeforeItInInputOrder() {
    long seed = System.nanoTime();
    System.out.println("BucketsTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 200; round++) {
      int n = random.nextInt(0, 40);
      int window = random.nextInt(1, 10);
      Set<Long> distinct = new HashSet<>();
      while (distinct.size() < n) {
        distinct.add(random.nextLong(0, 1L << 40));
      }
      long[] ordinals = distinct.stream().mapToLong(Long::longValue).toArray();
      List<Long> sorted = new ArrayList<>(distinct);
      sorted.sort(null);
      // The naive version: what a single index sees walking each bucket newest first.
      Set<List<Long>> expected = new HashSet<>();
      for (int i = 0; i < sorted.size(); i++) {
        for (int walked = 0, j = i - 1; j >= 0 && walked < window; j--, walked++) {
          expected.add(List.of(sorted.get(j), sorted.get(i)));
        }
      }
      List<List<Long>> actual = new ArrayList<>();
      for (Iterator<long[]> it = Buckets.pairs(ordinals, window); it.hasNext(); ) {
        long[] p = it.next();
        actual.add(List.of(p[0], p[1]));
      }
      assertThat(actual).as("seed %d round %d", seed, round).doesNotHaveDuplicates();
      assertThat(new HashSet<>(actual)).as("seed %d round %d", seed, round).isEqualTo(expected);
    }
  }

  @Test
  void keysOfDifferentBandsNeverCollide() {
    long[] keys = Buckets.keys(new int[] {7, 7, -1, -1});
    assertThat(keys).doesNotHaveDuplicates();
    assertThat(keys[2] >>> 32).isEqualTo(2);
    assertThat((int) keys[2]).isEqualTo(-1);
  }
}
