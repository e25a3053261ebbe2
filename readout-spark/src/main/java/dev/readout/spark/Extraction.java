package dev.readout.spark;

import dev.readout.Readout;
import dev.readout.dedup.Fingerprints;
import dev.readout.json.ArticleJson;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Input;
import dev.readout.model.RawDocument;
import dev.readout.model.Rejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-document function of the job: the core pipeline, then the story fingerprint. One
 * instance per partition (building it loads the pipeline's resources); thread-safe.
 *
 * <p>The one place where a failure becomes a per-document error naming the input and the stage,
 * as the CLI reports it: the partition goes on.
 */
final class Extraction {

  private static final Logger LOG = LoggerFactory.getLogger(Extraction.class);

  private final Readout readout = new Readout();
  private final Fingerprints fingerprints;

  Extraction(JobConfig config) {
    this.fingerprints = new Fingerprints(config.storyConfig());
  }

  /**
   * What becomes of one input item at {@code ordinal}: the article as {@code readout extract}
   * writes it (with no story yet) and its fingerprint, or the rejection.
   */
  Extracted apply(long ordinal, Input in) {
    if (in instanceof Rejected r) {
      return new Extracted.Failed(ordinal, r.source(), r.stage(), r.reason());
    }
    AnnotatedArticle a;
    try {
      a = readout.process((RawDocument) in);
    } catch (RuntimeException e) {
      LOG.debug("pipeline failed on {}", in.source(), e);
      return new Extracted.Failed(ordinal, in.source(), "extract", e.toString());
    }
    return new Extracted.Article(ordinal, in.source(), a.article().id(), ArticleJson.write(a), fingerprints.of(a.article()));
  }
}
