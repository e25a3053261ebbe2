/**
 * The pipeline on Apache Spark: {@link dev.readout.spark.ReadoutJob} reads crawl-sized inputs
 * from any Hadoop file system, runs the core pipeline once per document in the partitions, groups
 * stories across the whole input and writes Parquet tables (or JSON Lines). An adapter only: every
 * decision about a document is the core's.
 *
 * <h2>How a run goes</h2>
 *
 * <ol>
 *   <li><b>Listing</b> ({@code InputFiles}, driver): folders walked as {@code readout extract} walks
 *       them, so documents get the same source names and the same input order. Files become
 *       splits; when there are fewer files than cores, several tasks share a file ({@code Split}),
 *       each reading it whole and extracting every n-th record.
 *   <li><b>Extraction</b> ({@code SplitReader}, {@code Extraction}, executors): each file is
 *       streamed through {@code Sources.open(source, in, options, inFolder)}; the pipeline and
 *       fingerprinter are built once per partition from the serialisable {@link
 *       dev.readout.spark.JobConfig}.
 *       Every item becomes one {@code Extracted}: the article record as the CLI writes it plus its
 *       story fingerprint, or a rejection naming source, stage and reason. The items are cached
 *       as objects (no Spark SQL on this path). A
 *       file found inside a folder that is not a page at all (stage {@code skip}) is logged and
 *       counted, but is not in the {@code rejected} table and does not fail the job.
 *   <li><b>Stories</b> ({@code StoryGrouping}): first article per id; band keys shuffled into
 *       buckets and candidate pairs to their earlier article, both in {@code LongPairs} blocks;
 *       pairs verified with the single index's own test; connected components on the driver
 *       ({@code Components}).
 *   <li><b>Output</b>: the story id reaches every record through a broadcast map; JSON Lines are
 *       written as text, Parquet through Spark SQL.
 * </ol>
 *
 * <h2>Hints, Tips and Traps</h2>
 *
 * <ul>
 *   <li>"Same stories as the single process" rests on three things: verification is a symmetric
 *       function of two fingerprints; the first occurrence of an id stands for it (the single
 *       index ignores repeats); and a bucket pairs each member only with the {@code
 *       Fingerprints.MAX_BUCKET} members before it in input order, which is exactly what the single
 *       index does when it walks a bucket newest first. The input ordinal ({@code Split.ordinal})
 *       carries that order; change the listing order and huge boilerplate buckets may group
 *       differently.
 *   <li>The story id reaches the JSON record by replacing {@code "story":null} in place, not by
 *       parsing the record again: that key cannot occur inside a JSON string (its quotes would be
 *       escaped) and comes before the annotations. {@code Records} falls back to parsing when the
 *       layout differs.
 *   <li>Spark rows hold Scala sequences for array columns; a {@code java.util.List} fails only
 *       when the table is written.
 *   <li>The verified pairs are collected to the driver; they number about the articles that have
 *       copies (tens of bytes each), not the pairs of articles.
 *   <li>Per-entry shuffles of boxed tuples were the job's largest overhead (Java serialisation,
 *       and the JIT compiling all of it): anything shuffled per article or per band goes in
 *       {@code LongPairs} blocks, and the candidate pairs are partitioned like the fingerprints
 *       ({@code HashPartitioner} on the earlier ordinal) so the first join moves no fingerprint.
 *   <li>Kryo needs {@code --add-opens} on Java 17; the job keeps Spark's default serialiser so it
 *       runs with no JVM flags.
 * </ul>
 */
package dev.readout.spark;
