package dev.readout.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.Partitioner;
import scala.Tuple2;

/**
 * Pairs of longs moved between partitions in blocks: one {@code long[]} per source and target
 * partition instead of a boxed tuple per pair. The story grouping moves a (band key, ordinal) pair
 * for every band of every article; as tuples, boxing and Java serialisation of millions of small
 * objects cost more than the grouping itself, while a block is written as one array.
 *
 * <p>A pair's target is where {@code partitioner} puts its first value as a key, so a block RDD
 * shuffled with {@link #byIndex} and read back with {@link #read} is partitioned like an RDD keyed
 * by the first values under the same partitioner.
 */
final class LongPairs implements Serializable {

  private static final long serialVersionUID = 1L;

  private long[] data;
  private int size;

  LongPairs() {
    this(16);
  }

  LongPairs(int capacity) {
    data = new long[Math.max(2, capacity * 2)];
  }

  /** Adds a pair. */
  void add(long first, long second) {
    if (size + 2 > data.length) {
      data = Arrays.copyOf(data, Math.max(data.length * 2, 16));
    }
    data[size++] = first;
    data[size++] = second;
  }

  /** Adds the pairs of a block made by {@link #toArray}. */
  void addAll(long[] block) {
    if (block.length % 2 != 0) {
      throw new IllegalArgumentException("a block holds pairs: odd length " + block.length);
    }
    if (size + block.length > data.length) {
      data = Arrays.copyOf(data, Math.max(data.length * 2, size + block.length));
    }
    System.arraycopy(block, 0, data, size, block.length);
    size += block.length;
  }

  /** How many pairs there are. */
  int size() {
    return size / 2;
  }

  long first(int i) {
    return data[2 * i];
  }

  long second(int i) {
    return data[2 * i + 1];
  }

  /** The pairs as one block: first, second, first, second... */
  long[] toArray() {
    return Arrays.copyOf(data, size);
  }

  /**
   * Sorts the pairs by first value, then second, in place. Three-way quicksort: equal first values
   * (a bucket of boilerplate holds thousands) do not make it quadratic.
   */
  void sort() {
    sort(0, size() - 1);
  }

  private void sort(int lo, int hi) {
    while (hi - lo > 16) {
      int mid = (lo + hi) >>> 1;
      // Median of three as the pivot, copied out since the range is rearranged around it.
      int p = compare(lo, mid) <= 0
          ? (compare(mid, hi) <= 0 ? mid : compare(lo, hi) <= 0 ? hi : lo)
          : (compare(lo, hi) <= 0 ? lo : compare(mid, hi) <= 0 ? hi : mid);
      long pf = first(p);
      long ps = second(p);
      int lt = lo;
      int gt = hi;
      int i = lo;
      while (i <= gt) {
        int c = compare(first(i), second(i), pf, ps);
        if (c < 0) {
          swap(lt++, i++);
        } else if (c > 0) {
          swap(i, gt--);
        } else {
          i++;
        }
      }
      // Recurse into the smaller side, loop on the larger: the stack stays logarithmic.
      if (lt - lo < hi - gt) {
        sort(lo, lt - 1);
        lo = gt + 1;
      } else {
        sort(gt + 1, hi);
        hi = lt - 1;
      }
    }
    for (int i = lo + 1; i <= hi; i++) {
      for (int j = i; j > lo && compare(j - 1, j) > 0; j--) {
        swap(j - 1, j);
      }
    }
  }

  private int compare(int i, int j) {
    return compare(first(i), second(i), first(j), second(j));
  }

  private static int compare(long f1, long s1, long f2, long s2) {
    int c = Long.compare(f1, f2);
    return c != 0 ? c : Long.compare(s1, s2);
  }

  private void swap(int i, int j) {
    long f = data[2 * i];
    long s = data[2 * i + 1];
    data[2 * i] = data[2 * j];
    data[2 * i + 1] = data[2 * j + 1];
    data[2 * j] = f;
    data[2 * j + 1] = s;
  }

  /** Sorts and drops repeated pairs. */
  void sortDistinct() {
    sort();
    int kept = 0;
    for (int i = 0; i < size(); i++) {
      if (kept == 0 || first(i) != first(kept - 1) || second(i) != second(kept - 1)) {
        data[2 * kept] = first(i);
        data[2 * kept + 1] = second(i);
        kept++;
      }
    }
    size = kept * 2;
  }

  /** Collects pairs into one buffer per target partition of their first value. Not thread-safe. */
  static final class Router {

    private final Partitioner partitioner;
    private final LongPairs[] targets;
    private int size;

    Router(Partitioner partitioner) {
      this.partitioner = partitioner;
      this.targets = new LongPairs[partitioner.numPartitions()];
    }

    void add(long first, long second) {
      int t = partitioner.getPartition(first);
      if (targets[t] == null) {
        targets[t] = new LongPairs();
      }
      targets[t].add(first, second);
      size++;
    }

    /** Pairs held. */
    int size() {
      return size;
    }

    /** One block per target that got pairs, keyed by the target's index; the router is empty after. */
    Iterator<Tuple2<Integer, long[]>> drain() {
      List<Tuple2<Integer, long[]>> out = new ArrayList<>();
      for (int t = 0; t < targets.length; t++) {
        if (targets[t] != null) {
          out.add(new Tuple2<>(t, targets[t].toArray()));
          targets[t] = null;
        }
      }
      size = 0;
      return out.iterator();
    }
  }

  /** The pairs of all blocks that reached a partition. */
  static LongPairs read(Iterator<Tuple2<Integer, long[]>> blocks) {
    LongPairs out = new LongPairs();
    while (blocks.hasNext()) {
      out.addAll(blocks.next()._2());
    }
    return out;
  }

  /** Shuffles blocks to the partition their key names. */
  static Partitioner byIndex(int partitions) {
    return new org.apache.spark.HashPartitioner(partitions); // an Integer's hash is itself
  }
}
