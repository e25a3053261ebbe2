package dev.readout.spark;

import dev.readout.Readout;
import dev.readout.dedup.Fingerprints;
import dev.readout.json.ArticleJson;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Input;
import dev.readout.model.RawDocument;
import dev.readout.model.Rejected;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-document function of the job: the core pipeline, then the story fingerprint. One
 * instance per partition (building it loads the pipeline's resources); thread-safe.
 *
 * <p>The one place where a failure becomes a per-document error row naming the input and the
 * stage, as the CLI reports it: the partition goes on.
 */
final class Extraction {

  private static final Logger LOG = LoggerFactory.getLogger(Extraction.class);

  /** One row per input item: an article (id, record, print) or a rejection (stage, reason). */
  static final StructType SCHEMA =
      new StructType()
          .add("ordinal", DataTypes.LongType, false)
          .add("source", DataTypes.StringType, false)
          .add("id", DataTypes.StringType, true)
          .add("record", DataTypes.StringType, true)
          .add("print", DataTypes.BinaryType, true)
          .add("stage", DataTypes.StringType, true)
          .add("reason", DataTypes.StringType, true);

  private final Readout readout = new Readout();
  private final Fingerprints fingerprints;

  Extraction(JobConfig config) {
    this.fingerprints = new Fingerprints(config.storyConfig());
  }

  /**
   * The row for one input item at {@code ordinal}: the article as {@code readout extract} writes it
   * (with no story yet) and its fingerprint, or the rejection.
   */
  Row apply(long ordinal, Input in) {
    if (in instanceof Rejected r) {
      return rejected(ordinal, r);
    }
    AnnotatedArticle a;
    try {
      a = readout.process((RawDocument) in);
    } catch (RuntimeException e) {
      LOG.debug("pipeline failed on {}", in.source(), e);
      return rejected(ordinal, new Rejected(in.source(), "extract", e.toString()));
    }
    byte[] print = fingerprints.of(a.article()).toBytes();
    return RowFactory.create(ordinal, in.source(), a.article().id(), ArticleJson.write(a), print, null, null);
  }

  private static Row rejected(long ordinal, Rejected r) {
    return RowFactory.create(ordinal, r.source(), null, null, null, r.stage(), r.reason());
  }
}
