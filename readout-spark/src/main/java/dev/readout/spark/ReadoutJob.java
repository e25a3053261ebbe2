package dev.readout.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.from_json;

import dev.readout.dedup.Story;
import dev.readout.model.Rejected;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Readout pipeline as a Spark job: reads WARC, JSON Lines, JSON, HTML and text from any Hadoop
 * file system, extracts and annotates every document with the core pipeline (built once per
 * partition), groups stories across the whole input exactly as {@code readout extract} does, and
 * writes the tables under one output folder: {@code articles}, {@code statements}, {@code
 * engagements}, {@code events}, {@code stories} and {@code rejected} (Parquet), or {@code articles}, {@code
 * stories} and {@code rejected} as JSON Lines, the articles line for line as {@code readout
 * extract} writes them.
 *
 * <p>Run by {@code spark-submit --class dev.readout.spark.ReadoutJob} on a cluster, or by {@code
 * bin/readout-spark} in local mode; see {@code docs/spark.md}.
 */
public final class ReadoutJob {

  private static final Logger LOG = LoggerFactory.getLogger(ReadoutJob.class);

  private ReadoutJob() {}

  /**
   * What a run produced.
   *
   * @param articles article records written (repeats of one id included, as the CLI writes them)
   * @param stories stories over the distinct articles
   * @param rejected inputs that could not be used
   * @param skipped files in folders that are not pages at all and pages with no article text
   *     ({@link Rejected#skipped()}): logged, not in the rejected table, not a failure
   */
  public record Summary(long articles, long stories, long rejected, long skipped) {}

  /**
   * {@code PATH... --out DIR [--format parquet|jsonl] [--overwrite] [...]}, see {@link
   * JobConfig#parse}. Exits 2 on bad arguments, 1 when some input was rejected.
   */
  public static void main(String[] args) throws IOException {
    JobConfig config;
    try {
      config = JobConfig.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("readout-spark: " + e.getMessage());
      System.err.println("usage: readout-spark PATH... --out DIR [--format parquet|jsonl] [--overwrite]"
          + " [--splits-per-file N] [--max-document-bytes N] [--min-containment X] [--excerpt-chars N]");
      System.exit(2);
      return;
    }
    Summary s;
    try (SparkSession spark = SparkSession.builder().appName("readout").getOrCreate()) {
      s = run(spark, config);
    } catch (IllegalArgumentException e) {
      System.err.println("readout-spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    System.err.printf(Locale.ROOT, "readout-spark: %d articles, %d stories, %d rejected, %d skipped (not pages, or no article text) -> %s%n",
        s.articles(), s.stories(), s.rejected(), s.skipped(), config.out());
    System.exit(s.rejected() == 0 ? 0 : 1);
  }

  /**
   * Runs the job in {@code spark}.
   *
   * @throws IllegalArgumentException if the output folder exists and {@code overwrite} is off
   * @throws IOException if the inputs cannot be listed or the output folder prepared
   */
  public static Summary run(SparkSession spark, JobConfig config) throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = jsc.hadoopConfiguration();
    prepare(new Path(config.out()), conf, config.overwrite());
    InputFiles.Listing listing = InputFiles.list(config.paths(), conf);
    List<Split> splits = InputFiles.splits(listing.files(), jsc.defaultParallelism(), config.splitsPerFile());
    LOG.info("{} files in {} splits", listing.files().size(), splits.size());
    Broadcast<SerializableConfiguration> hadoop = jsc.broadcast(new SerializableConfiguration(conf));
    JavaRDD<Extracted> extracted =
        jsc.parallelize(splits, InputFiles.partitions(splits, jsc.defaultParallelism()))
            .mapPartitions(it -> new SplitReader(it, hadoop.value().value(), config))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      StoryGrouping.Result stories = StoryGrouping.run(jsc, extracted, config);
      try {
        Broadcast<Map<String, String>> storyOf = stories.storyOf();
        JavaRDD<String> records =
            extracted.flatMap(
                e -> e instanceof Extracted.Article a
                    ? List.of(Records.withStory(a.record(), StoryGrouping.storyOf(storyOf.value(), a.id()))).iterator()
                    : Collections.emptyIterator());
        JavaRDD<Extracted.Failed> rejected =
            extracted.flatMap(
                e -> e instanceof Extracted.Failed f && !f.skipped() ? List.of(f).iterator() : Collections.emptyIterator());
        List<Extracted.Failed> unreadable =
            listing.unreadable().stream().map(r -> new Extracted.Failed(-1, r.source(), r.stage(), r.reason())).toList();
        Output out = new Output(spark, config);
        out.articles(records);
        out.stories(stories.stories());
        out.rejected(rejected.union(jsc.parallelize(unreadable, 1)));
        long[] counts = counts(extracted);
        logSkipped(extracted, counts[2]);
        return new Summary(counts[0], stories.count(), counts[1] + unreadable.size(), counts[2]);
      } finally {
        stories.release();
      }
    } finally {
      extracted.unpersist();
    }
  }

  /** Articles, rejected and skipped inputs, in one pass over the cache. */
  private static long[] counts(JavaRDD<Extracted> extracted) {
    return extracted.aggregate(
        new long[3],
        (c, e) -> {
          c[e instanceof Extracted.Article ? 0 : ((Extracted.Failed) e).skipped() ? 2 : 1]++;
          return c;
        },
        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
  }

  /** Logs the first few skipped files (labels, metadata beside the pages). */
  private static void logSkipped(JavaRDD<Extracted> extracted, long count) {
    if (count == 0) {
      return;
    }
    for (Extracted e : extracted.filter(e -> e instanceof Extracted.Failed f && f.skipped()).take(20)) {
      Extracted.Failed f = (Extracted.Failed) e;
      LOG.info("skipped {}: {}", f.source(), f.reason());
    }
  }

  private static void prepare(Path out, Configuration conf, boolean overwrite) throws IOException {
    FileSystem fs = out.getFileSystem(conf);
    if (fs.exists(out)) {
      if (!overwrite) {
        throw new IllegalArgumentException("out: " + out + " exists (use --overwrite to replace it)");
      }
      fs.delete(out, true);
    }
  }

  /**
   * Writes the tables in the configured format. JSON Lines are written as text, line by line as
   * the CLI writes them, with no Spark SQL on the way; Parquet goes through Spark SQL's writer.
   */
  private record Output(SparkSession spark, JobConfig config) {

    void articles(JavaRDD<String> records) {
      if (json()) {
        records.saveAsTextFile(path("articles"));
        return;
      }
      Dataset<Row> table =
          spark.createDataFrame(records.map(RowFactory::create), new StructType().add("record", DataTypes.StringType, false))
              .select(from_json(col("record"), Tables.ARTICLE).as("a"))
              .select(col("a.*"));
      parquet("articles", table);
      parquet("statements", table.select(col("id").as("article_id"), explode(col("statements")).as("s")).select("article_id", "s.*"));
      parquet("engagements", table.select(col("id").as("article_id"), explode(col("engagements")).as("e")).select("article_id", "e.*"));
      parquet("events", table.select(col("id").as("article_id"), explode(col("events")).as("v")).select("article_id", "v.*"));
    }

    void stories(JavaRDD<Story> stories) {
      if (json()) {
        stories.map(Tables::storyJson).saveAsTextFile(path("stories"));
      } else {
        parquet("stories", spark.createDataFrame(stories.map(Tables::story), Tables.STORY));
      }
    }

    void rejected(JavaRDD<Extracted.Failed> rejected) {
      if (json()) {
        rejected.map(f -> Tables.rejectedJson(f.source(), f.stage(), f.reason())).saveAsTextFile(path("rejected"));
      } else {
        parquet("rejected", spark.createDataFrame(
            rejected.map(f -> RowFactory.create(f.source(), f.stage(), f.reason())), Tables.REJECTED));
      }
    }

    private boolean json() {
      return config.format() == JobConfig.Format.JSONL;
    }

    private void parquet(String name, Dataset<Row> table) {
      table.write().mode(SaveMode.ErrorIfExists).parquet(path(name));
    }

    private String path(String name) {
      return new Path(config.out(), name).toString();
    }
  }
}
