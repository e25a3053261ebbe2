package dev.readout.spark;

import dev.readout.dedup.Fingerprints;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Stories across the whole input, grouped as one {@link dev.readout.dedup.StoryIndex} would group
 * the same input read in the same order:
 *
 * <ol>
 *   <li>the first article of each id (by input ordinal) stands for the id;
 *   <li>its fingerprint is filed under its 24 band keys; each bucket is sorted by ordinal and pairs
 *       each member with the {@link Fingerprints#MAX_BUCKET} before it (a distributed join on band
 *       keys, then {@code distinct});
 *   <li>each pair meets both fingerprints (two joins by ordinal) and is verified by {@link
 *       Fingerprints#sameStory}, the single index's own test;
 *   <li>the verified pairs, few next to the articles, go to the driver for union-find; a story is
 *       named {@code "s"} + its smallest article id.
 * </ol>
 */
final class StoryGrouping {

  private static final Logger LOG = LoggerFactory.getLogger(StoryGrouping.class);

  /**
   * The grouping.
   *
   * @param assignments story by article id ({@link Tables#ASSIGNMENT}) for articles in stories of
   *     two or more; every other article is a story of its own, {@code "s" + id}
   * @param stories one row per story ({@link Tables#STORY}), singletons included
   * @param count how many stories there are
   */
  record Result(Dataset<Row> assignments, Dataset<Row> stories, long count) {}

  private StoryGrouping() {}

  /** Groups the articles of {@code extracted} (rows of {@link Extraction#SCHEMA}). */
  static Result run(SparkSession spark, Dataset<Row> extracted, JobConfig config) {
    JavaPairRDD<String, Tuple2<Long, byte[]>> firsts =
        extracted.where(functions.col("id").isNotNull()).select("id", "ordinal", "print").javaRDD()
            .mapToPair(r -> new Tuple2<>(r.getString(0), new Tuple2<>(r.getLong(1), (byte[]) r.get(2))))
            .reduceByKey((x, y) -> x._1() <= y._1() ? x : y);
    firsts.persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, byte[]> byOrdinal = firsts.mapToPair(Tuple2::_2);
    Components components = new Components();
    long edges = 0;
    for (Iterator<Tuple2<String, String>> it = verified(candidates(byOrdinal), byOrdinal, config).toLocalIterator(); it.hasNext(); edges++) {
      Tuple2<String, String> e = it.next();
      components.union(e._1(), e._2());
    }
    Map<String, String> grouped = components.stories();
    LOG.info("stories: {} verified pairs join {} articles", edges, grouped.size());
    List<Row> rows = new ArrayList<>(grouped.size());
    grouped.forEach((id, story) -> rows.add(RowFactory.create(id, story)));
    Dataset<Row> assignments = spark.createDataFrame(rows, Tables.ASSIGNMENT);
    JavaPairRDD<String, String> storyOf =
        assignments.javaRDD().mapToPair(r -> new Tuple2<>(r.getString(0), r.getString(1)));
    long count = firsts.count() - grouped.size() + new HashSet<>(grouped.values()).size();
    return new Result(
        assignments, spark.createDataFrame(stories(firsts.mapValues(Tuple2::_2), storyOf), Tables.STORY), count);
  }

  /** Candidate pairs {@code (earlier, later)} by input ordinal, each once. */
  static JavaPairRDD<Long, Long> candidates(JavaPairRDD<Long, byte[]> byOrdinal) {
    return byOrdinal
        .flatMapToPair(
            t -> {
              long[] keys = Buckets.keys(Fingerprints.Print.fromBytes(t._2()).bands());
              List<Tuple2<Long, Long>> out = new ArrayList<>(keys.length);
              for (long k : keys) {
                out.add(new Tuple2<>(k, t._1()));
              }
              return out.iterator();
            })
        .groupByKey()
        .flatMapToPair(
            bucket -> {
              List<Long> members = new ArrayList<>();
              bucket._2().forEach(members::add);
              long[] ordinals = members.stream().mapToLong(Long::longValue).toArray();
              Iterator<long[]> pairs = Buckets.pairs(ordinals, Fingerprints.MAX_BUCKET);
              return new Iterator<Tuple2<Long, Long>>() {
                @Override
                public boolean hasNext() {
                  return pairs.hasNext();
                }

                @Override
                public Tuple2<Long, Long> next() {
                  long[] p = pairs.next();
                  return new Tuple2<>(p[0], p[1]);
                }
              };
            })
        .distinct();
  }

  /** The candidate pairs that are copies, as article ids. */
  static JavaRDD<Tuple2<String, String>> verified(
      JavaPairRDD<Long, Long> pairs, JavaPairRDD<Long, byte[]> byOrdinal, JobConfig config) {
    return pairs
        .join(byOrdinal)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
        .join(byOrdinal)
        .mapPartitions(
            it -> {
              Fingerprints fingerprints = new Fingerprints(config.storyConfig());
              List<Tuple2<String, String>> out = new ArrayList<>();
              while (it.hasNext()) {
                Tuple2<byte[], byte[]> pair = it.next()._2();
                Fingerprints.Print a = Fingerprints.Print.fromBytes(pair._1());
                Fingerprints.Print b = Fingerprints.Print.fromBytes(pair._2());
                if (fingerprints.sameStory(a, b)) {
                  out.add(new Tuple2<>(a.articleId(), b.articleId()));
                }
              }
              return out.iterator();
            });
  }

  private static JavaRDD<Row> stories(JavaPairRDD<String, byte[]> printById, JavaPairRDD<String, String> storyOf) {
    JavaRDD<Row> grouped =
        printById.join(storyOf)
            .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
            .groupByKey()
            .map(
                g -> {
                  List<Fingerprints.Print> members = new ArrayList<>();
                  g._2().forEach(p -> members.add(Fingerprints.Print.fromBytes(p)));
                  return Tables.story(Fingerprints.story(members));
                });
    JavaRDD<Row> single =
        printById.subtractByKey(storyOf).map(t -> Tables.story(Fingerprints.story(List.of(Fingerprints.Print.fromBytes(t._2())))));
    return grouped.union(single);
  }
}
