package dev.readout.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;

import dev.readout.model.Rejected;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Readout pipeline as a Spark job: reads WARC, JSON Lines, JSON, HTML and text from any Hadoop
 * file system, extracts and annotates every document with the core pipeline (built once per
 * partition), groups stories across the whole input exactly as {@code readout extract} does, and
 * writes the tables under one output folder: {@code articles}, {@code statements}, {@code
 * engagements}, {@code stories} and {@code rejected} (Parquet), or {@code articles}, {@code
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
   * @param skipped files in folders that are not pages at all ({@link Rejected#skipped()}): logged,
   *     not in the rejected table, not a failure
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
    System.err.printf(Locale.ROOT, "readout-spark: %d articles, %d stories, %d rejected, %d skipped (not pages) -> %s%n",
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
    JavaRDD<Row> rows =
        jsc.parallelize(splits, InputFiles.partitions(splits, jsc.defaultParallelism()))
            .mapPartitions(it -> new SplitReader(it, hadoop.value().value(), config));
    Dataset<Row> extracted = spark.createDataFrame(rows, Extraction.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      StoryGrouping.Result stories = StoryGrouping.run(spark, extracted, config);
      Dataset<Row> articles =
          extracted.where(col("id").isNotNull())
              .join(stories.assignments(), col("id").equalTo(col("article_id")), "left")
              .select(col("record"), coalesce(col("story"), concat(lit("s"), col("id"))).as("story"));
      Dataset<Row> rejected = rejected(spark, extracted, listing.unreadable());
      Output out = new Output(config);
      if (config.format() == JobConfig.Format.JSONL) {
        out.json("articles", articles.map(
            (org.apache.spark.api.java.function.MapFunction<Row, String>) r -> Records.withStory(r.getString(0), r.getString(1)),
            Encoders.STRING()));
      } else {
        Dataset<Row> table = articles.select(from_json(col("record"), Tables.ARTICLE).as("a"), col("story").as("story_id"))
            .select(col("a.*"), col("story_id")).withColumn("story", col("story_id")).drop("story_id");
        out.table("articles", table);
        out.table("statements", table.select(col("id").as("article_id"), explode(col("statements")).as("s")).select("article_id", "s.*"));
        out.table("engagements", table.select(col("id").as("article_id"), explode(col("engagements")).as("e")).select("article_id", "e.*"));
      }
      out.table("stories", stories.stories());
      out.table("rejected", rejected);
      long skipped = logSkipped(extracted);
      return new Summary(extracted.where(col("id").isNotNull()).count(), stories.count(), rejected.count(), skipped);
    } finally {
      extracted.unpersist();
    }
  }

  private static Dataset<Row> rejected(SparkSession spark, Dataset<Row> extracted, List<Rejected> unreadable) {
    List<Row> listed = unreadable.stream().map(r -> RowFactory.create(r.source(), r.stage(), r.reason())).toList();
    return extracted.where(col("id").isNull().and(col("stage").notEqual(Rejected.SKIPPED)))
        .select("source", "stage", "reason")
        .union(spark.createDataFrame(listed, Tables.REJECTED));
  }

  /** Logs the first few skipped files (labels, metadata beside the pages) and returns how many there were. */
  private static long logSkipped(Dataset<Row> extracted) {
    Dataset<Row> skipped = extracted.where(col("stage").equalTo(Rejected.SKIPPED)).select("source", "reason");
    long count = skipped.count();
    for (Row r : skipped.limit(20).collectAsList()) {
      LOG.info("skipped {}: {}", r.getString(0), r.getString(1));
    }
    return count;
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

  /** Writes the tables in the configured format. */
  private record Output(JobConfig config) {

    void table(String name, Dataset<Row> table) {
      if (config.format() == JobConfig.Format.JSONL) {
        table.write().mode(SaveMode.ErrorIfExists).option("ignoreNullFields", "false").json(path(name));
      } else {
        table.write().mode(SaveMode.ErrorIfExists).parquet(path(name));
      }
    }

    void json(String name, Dataset<String> lines) {
      lines.write().mode(SaveMode.ErrorIfExists).text(path(name));
    }

    private String path(String name) {
      return new Path(config.out(), name).toString();
    }
  }
}
