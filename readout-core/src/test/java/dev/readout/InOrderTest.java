package dev.readout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link InOrder}: input order whatever the threads, and a bounded number of items in flight. */
class InOrderTest {

  @Test
  void resultsComeInInputOrderInTheSameBatchesOnAnyNumberOfThreads() throws IOException {
    long seed = System.nanoTime();
    System.out.println("InOrderTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + random.nextInt(2000);
    int batch = 1 + random.nextInt(100);
    List<Integer> items = IntStream.range(0, n).boxed().toList();
    List<List<Integer>> one = new ArrayList<>();
    InOrder.map(items, i -> i * 2, 1, batch, one::add);
    for (int threads = 2; threads <= 4; threads++) {
      List<List<Integer>> many = new ArrayList<>();
      InOrder.map(items, i -> i * 2, threads, batch, many::add);
      assertThat(many).as("seed %d, %d items, batches of %d, %d threads", seed, n, batch, threads).isEqualTo(one);
    }
    assertThat(one.stream().flatMap(List::stream).toList()).isEqualTo(items.stream().map(i -> i * 2).toList());
    assertThat(one).allSatisfy(b -> assertThat(b).isNotEmpty().hasSizeLessThanOrEqualTo(batch));
  }

  @Test
  void atMostThreeBatchesAreReadAheadOfTheSink() throws IOException {
    AtomicInteger read = new AtomicInteger();
    Iterable<Integer> counting = () -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return read.get() < 10_000;
      }

      @Override
      public Integer next() {
        return read.getAndIncrement();
      }
    };
    int[] sunk = {0};
    List<Integer> ahead = new ArrayList<>();
    InOrder.map(counting, i -> i, 3, 50, b -> {
      sunk[0] += b.size();
      ahead.add(read.get() - sunk[0]);
    });
    assertThat(sunk[0]).isEqualTo(10_000);
    assertThat(ahead).allSatisfy(a -> assertThat(a).isLessThanOrEqualTo(3 * 50));
  }

  @Test
  void aFailureInTheFunctionEndsTheRunWithThatFailure() {
    assertThatThrownBy(() -> InOrder.map(List.of(1, 2, 3), i -> {
      if (i == 2) {
        throw new IllegalStateException("two");
      }
      return i;
    }, 2, 1, b -> {})).isInstanceOf(IllegalStateException.class).hasMessageContaining("two");
  }
}
