package dev.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.HashPartitioner;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class LongPairsTest {

  private static final Comparator<long[]> ORDER =
      Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]);

  @Test
  void sortAgreesWithTheNaiveSortOnRandomPairs() {
    long seed = System.nanoTime();
    System.out.println("LongPairsTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 300; round++) {
      int n = random.nextInt(0, round < 250 ? 60 : 5000);
      // Few distinct first values in some rounds: buckets of boilerplate repeat one key a lot.
      int spread = random.nextBoolean() ? 3 : 1_000_000;
      List<long[]> naive = new ArrayList<>();
      LongPairs pairs = new LongPairs();
      for (int i = 0; i < n; i++) {
        long f = random.nextLong(-spread, spread);
        long s = random.nextLong(-spread, spread);
        naive.add(new long[] {f, s});
        pairs.add(f, s);
      }
      naive.sort(ORDER);
      pairs.sort();
      assertThat(listOf(pairs)).as("seed %d round %d", seed, round).containsExactlyElementsOf(naive);

      LongPairs distinct = new LongPairs();
      naive.forEach(p -> distinct.add(p[1], p[0]));
      distinct.sortDistinct();
      List<long[]> expected = new ArrayList<>();
      naive.stream().map(p -> new long[] {p[1], p[0]}).sorted(ORDER).forEach(p -> {
        if (expected.isEmpty() || ORDER.compare(expected.get(expected.size() - 1), p) != 0) {
          expected.add(p);
        }
      });
      assertThat(listOf(distinct)).as("seed %d round %d", seed, round).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void sortedRunsAndEqualKeysStaySorted() {
    LongPairs pairs = new LongPairs();
    for (int i = 100_000; i > 0; i--) {
      pairs.add(7, i % 1000);
    }
    pairs.sort();
    for (int i = 1; i < pairs.size(); i++) {
      assertThat(pairs.second(i)).isGreaterThanOrEqualTo(pairs.second(i - 1));
    }
  }

  @Test
  void blocksReachThePartitionTheirFirstValueIsKeyedTo() {
    HashPartitioner partitioner = new HashPartitioner(5);
    LongPairs.Router router = new LongPairs.Router(partitioner);
    for (long f = -50; f < 50; f++) {
      router.add(f * 7919, f);
    }
    assertThat(router.size()).isEqualTo(100);
    int pairs = 0;
    for (Iterator<Tuple2<Integer, long[]>> it = router.drain(); it.hasNext(); ) {
      Tuple2<Integer, long[]> block = it.next();
      assertThat(LongPairs.byIndex(5).getPartition(block._1())).isEqualTo(block._1());
      LongPairs read = LongPairs.read(List.of(block).iterator());
      for (int i = 0; i < read.size(); i++) {
        assertThat(partitioner.getPartition(read.first(i))).isEqualTo(block._1());
        assertThat(read.first(i)).isEqualTo(read.second(i) * 7919);
        pairs++;
      }
    }
    assertThat(pairs).isEqualTo(100);
    assertThat(router.size()).isZero();
    assertThat(router.drain().hasNext()).isFalse();
  }

  private static List<long[]> listOf(LongPairs pairs) {
    List<long[]> out = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      out.add(new long[] {pairs.first(i), pairs.second(i)});
    }
    return out;
  }
}
