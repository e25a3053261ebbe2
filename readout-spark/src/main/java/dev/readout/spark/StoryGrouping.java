package dev.readout.spark;

import dev.readout.dedup.Fingerprints;
import dev.readout.dedup.Story;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Stories across the whole input, grouped as one {@link dev.readout.dedup.StoryIndex} would group
 * the same input read in the same order:
 *
 * <ol>
 *   <li>the first article of each id (by input ordinal) stands for the id; its fingerprint is
 *       partitioned by ordinal;
 *   <li>its 24 band keys go to the partitions of their buckets in {@link LongPairs} blocks; each
 *       bucket, sorted by ordinal, pairs each member with the {@link Fingerprints#MAX_BUCKET}
 *       before it; the pairs go, again in blocks, to the partition of their earlier article, where
 *       repeats (a pair shares several bands) are dropped;
 *   <li>each pair meets the earlier fingerprint where it already is, then the later one (one
 *       shuffle of the pairs), and is verified by {@link Fingerprints#sameStory}, the single
 *       index's own test;
 *   <li>the verified pairs, few next to the articles, go to the driver for union-find; a story is
 *       named {@code "s"} + its smallest article id.
 * </ol>
 */
final class StoryGrouping {

  private static final Logger LOG = LoggerFactory.getLogger(StoryGrouping.class);

  /** Pairs a task holds before it sends them on: bounds its memory on huge boilerplate buckets. */
  private static final int BLOCK_PAIRS = 1 << 20;

  /**
   * The grouping.
   *
   * @param storyOf story by article id for the articles in stories of two or more; every other
   *     article is a story of its own, {@link Fingerprints#storyId} of its id
   * @param stories every story, singletons included; computed when used, from {@code firsts}
   * @param count how many stories there are
   * @param firsts the fingerprint of the first article of each id, by ordinal; cached until
   *     {@link #release}
   */
  record Result(Broadcast<Map<String, String>> storyOf, JavaRDD<Story> stories, long count,
      JavaPairRDD<Long, byte[]> firsts) {

    /** Drops the cached fingerprints; {@link #stories} cannot be computed after this. */
    void release() {
      firsts.unpersist();
      storyOf.destroy();
    }
  }

  private StoryGrouping() {}

  /** The story of an article, given {@link Result#storyOf}'s map. */
  static String storyOf(Map<String, String> storyOf, String articleId) {
    String s = storyOf.get(articleId);
    return s != null ? s : Fingerprints.storyId(articleId);
  }

  /** Groups the articles of {@code extracted}. */
  static Result run(JavaSparkContext jsc, JavaRDD<Extracted> extracted, JobConfig config) {
    int n = Math.max(extracted.getNumPartitions(), jsc.defaultParallelism());
    Broadcast<Map<String, Long>> firstOfRepeated = jsc.broadcast(repeatedIds(extracted));
    JavaPairRDD<Long, byte[]> firsts =
        extracted
            .flatMapToPair(
                e -> {
                  if (e instanceof Extracted.Article a) {
                    Long first = firstOfRepeated.value().get(a.id());
                    if (first == null || first == a.ordinal()) {
                      return List.of(new Tuple2<>(a.ordinal(), a.printBytes())).iterator();
                    }
                  }
                  return Collections.emptyIterator();
                })
            .partitionBy(new HashPartitioner(n))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Components components = new Components();
    long edges = 0;
    // One job for all partitions (a job each costs ~0.1 s of scheduling); a block is two ids a pair.
    for (String[] block : verified(candidates(firsts), firsts, config).collect()) {
      for (int i = 0; i < block.length; i += 2, edges++) {
        components.union(block[i], block[i + 1]);
      }
    }
    firstOfRepeated.destroy();
    Map<String, String> grouped = components.stories();
    LOG.info("stories: {} verified pairs join {} articles", edges, grouped.size());
    long count = firsts.count() - grouped.size() + new HashSet<>(grouped.values()).size();
    Broadcast<Map<String, String>> storyOf = jsc.broadcast(grouped);
    return new Result(storyOf, stories(firsts.values(), storyOf), count, firsts);
  }

  /**
   * The ids read more than once, with the ordinal of their first reading: few, and all that is
   * needed to keep only the first.
   */
  private static Map<String, Long> repeatedIds(JavaRDD<Extracted> extracted) {
    return new HashMap<>(
        extracted
            .flatMapToPair(
                e -> e instanceof Extracted.Article a
                    ? List.of(new Tuple2<>(a.id(), new long[] {a.ordinal(), 1})).iterator()
                    : Collections.<Tuple2<String, long[]>>emptyIterator())
            .reduceByKey((x, y) -> new long[] {Math.min(x[0], y[0]), x[1] + y[1]})
            .filter(t -> t._2()[1] > 1)
            .mapValues(v -> v[0])
            .collectAsMap());
  }

  /**
   * Candidate pairs {@code (earlier, later)} by input ordinal, each once: one block per partition,
   * partitioned as {@code firsts} by the earlier ordinal.
   */
  static JavaRDD<LongPairs> candidates(JavaPairRDD<Long, byte[]> firsts) {
    Partitioner byOrdinal = firsts.partitioner().get();
    int n = byOrdinal.numPartitions();
    Partitioner byKey = new HashPartitioner(n);
    return firsts
        .mapPartitionsToPair(
            it -> {
              LongPairs.Router router = new LongPairs.Router(byKey);
              while (it.hasNext()) {
                Tuple2<Long, byte[]> t = it.next();
                for (long key : Buckets.keys(Fingerprints.Print.fromBytes(t._2()).bands())) {
                  router.add(key, t._1());
                }
              }
              return router.drain();
            })
        .partitionBy(LongPairs.byIndex(n))
        .mapPartitionsToPair(blocks -> new BucketPairs(LongPairs.read(blocks), byOrdinal))
        .partitionBy(LongPairs.byIndex(n))
        .mapPartitions(
            blocks -> {
              LongPairs pairs = LongPairs.read(blocks);
              pairs.sortDistinct();
              return Collections.singletonList(pairs).iterator();
            });
  }

  /**
   * The candidate pairs that are copies, as article ids: one array per partition, the two ids of
   * each pair in turn. A pair finds its earlier fingerprint in its own partition, then travels
   * with it to the partition of the later one: only the pairs move, never the whole table.
   */
  static JavaRDD<String[]> verified(JavaRDD<LongPairs> pairs, JavaPairRDD<Long, byte[]> firsts, JobConfig config) {
    Partitioner byOrdinal = firsts.partitioner().get();
    JavaRDD<Tuple2<Long, byte[]>> withEarlier = firsts
        .zipPartitions(
            pairs,
            (prints, blocks) -> {
              LongPairs local = blocks.hasNext() ? blocks.next() : new LongPairs();
              Set<Long> wanted = new HashSet<>();
              for (int i = 0; i < local.size(); i++) {
                wanted.add(local.first(i));
              }
              Map<Long, byte[]> earlier = lookup(prints, wanted);
              List<Tuple2<Long, byte[]>> out = new ArrayList<>(local.size());
              for (int i = 0; i < local.size(); i++) {
                out.add(new Tuple2<>(local.second(i), earlier.get(local.first(i))));
              }
              return out.iterator();
            });
    return JavaPairRDD.fromJavaRDD(withEarlier)
        .partitionBy(byOrdinal)
        .zipPartitions(
            firsts,
            (arrived, prints) -> {
              List<Tuple2<Long, byte[]>> local = new ArrayList<>();
              arrived.forEachRemaining(local::add);
              Set<Long> wanted = new HashSet<>();
              local.forEach(t -> wanted.add(t._1()));
              Map<Long, byte[]> later = lookup(prints, wanted);
              Fingerprints fingerprints = new Fingerprints(config.storyConfig());
              List<String> ids = new ArrayList<>();
              for (Tuple2<Long, byte[]> t : local) {
                Fingerprints.Print a = Fingerprints.Print.fromBytes(t._2());
                Fingerprints.Print b = Fingerprints.Print.fromBytes(later.get(t._1()));
                if (fingerprints.sameStory(a, b)) {
                  ids.add(a.articleId());
                  ids.add(b.articleId());
                }
              }
              return Collections.singletonList(ids.toArray(String[]::new)).iterator();
            });
  }

  /** The fingerprints of {@code wanted} among a partition's. */
  private static Map<Long, byte[]> lookup(Iterator<Tuple2<Long, byte[]>> prints, Set<Long> wanted) {
    Map<Long, byte[]> out = new HashMap<>(wanted.size() * 2);
    if (wanted.isEmpty()) {
      return out;
    }
    while (prints.hasNext()) {
      Tuple2<Long, byte[]> t = prints.next();
      if (wanted.contains(t._1())) {
        out.put(t._1(), t._2());
      }
    }
    return out;
  }

  /** Every story; each fingerprint is decoded once, where its story is assembled. */
  private static JavaRDD<Story> stories(JavaRDD<byte[]> prints, Broadcast<Map<String, String>> storyOf) {
    JavaRDD<Story> grouped =
        prints.filter(b -> storyOf.value().containsKey(Fingerprints.Print.articleIdOf(b)))
            .mapToPair(b -> new Tuple2<>(storyOf.value().get(Fingerprints.Print.articleIdOf(b)), b))
            .groupByKey()
            .map(
                g -> {
                  List<Fingerprints.Print> members = new ArrayList<>();
                  g._2().forEach(b -> members.add(Fingerprints.Print.fromBytes(b)));
                  return Fingerprints.story(members);
                });
    JavaRDD<Story> single =
        prints.filter(b -> !storyOf.value().containsKey(Fingerprints.Print.articleIdOf(b)))
            .map(b -> Fingerprints.story(List.of(Fingerprints.Print.fromBytes(b))));
    return grouped.union(single);
  }

  /**
   * The blocks of candidate pairs one partition of band entries makes: the entries sorted by key,
   * then each bucket of two or more walked as the single index walks it, the pairs routed to the
   * partition of their earlier article, a block at a time.
   */
  private static final class BucketPairs implements Iterator<Tuple2<Integer, long[]>> {

    private final LongPairs entries;
    private final LongPairs.Router router;
    private Iterator<long[]> pairs = Collections.emptyIterator();
    private Iterator<Tuple2<Integer, long[]>> ready = Collections.emptyIterator();
    private int at;

    BucketPairs(LongPairs entries, Partitioner byOrdinal) {
      entries.sort();
      this.entries = entries;
      this.router = new LongPairs.Router(byOrdinal);
    }

    @Override
    public boolean hasNext() {
      while (!ready.hasNext()) {
        if (pairs.hasNext()) {
          long[] pair = pairs.next();
          router.add(pair[0], pair[1]);
          if (router.size() >= BLOCK_PAIRS) {
            ready = router.drain();
          }
        } else if (at < entries.size()) {
          nextBucket();
        } else if (router.size() > 0) {
          ready = router.drain();
        } else {
          return false;
        }
      }
      return true;
    }

    /** Moves to the next run of entries with one key; a bucket of two or more makes pairs. */
    private void nextBucket() {
      int end = at + 1;
      while (end < entries.size() && entries.first(end) == entries.first(at)) {
        end++;
      }
      if (end - at > 1) {
        long[] ordinals = new long[end - at];
        for (int i = at; i < end; i++) {
          ordinals[i - at] = entries.second(i);
        }
        pairs = Buckets.pairs(ordinals, Fingerprints.MAX_BUCKET);
      }
      at = end;
    }

    @Override
    public Tuple2<Integer, long[]> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.next();
    }
  }
}
