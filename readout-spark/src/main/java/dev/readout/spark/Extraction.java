package dev.readout.spark;

import dev.readout.Outcome;
import dev.readout.Readout;
import dev.readout.dedup.Fingerprints;
import dev.readout.json.ArticleJson;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Input;
import dev.readout.model.Rejected;

/**
 * The per-document function of the job: the core pipeline, then the story fingerprint. One
 * instance per partition (building it loads the pipeline's resources); thread-safe.
 *
 * <p>Each input's fate follows {@link Outcome}, as in the CLI: a failure becomes a per-document
 * error naming the input and the stage, a page with no article text is skipped; the partition
 * goes on.
 */
final class Extraction {

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
    // The rule every driver shares (Outcome): reader rejections pass, pipeline failures are
    // rejected at extract, a page with no article text is skipped.
    Outcome o = readout.outcome(in);
    if (o.rejection().isPresent()) {
      Rejected r = o.rejection().get();
      return new Extracted.Failed(ordinal, r.source(), r.stage(), r.reason());
    }
    AnnotatedArticle a = o.article().orElseThrow();
    return new Extracted.Article(ordinal, in.source(), a.article().id(), ArticleJson.write(a), fingerprints.of(a.article()));
  }
}
