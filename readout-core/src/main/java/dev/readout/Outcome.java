package dev.readout;

import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Input;
import dev.readout.model.RawDocument;
import dev.readout.model.Rejected;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the pipeline made of one input: its article, or a {@link Rejected} naming the input, the
 * stage and the reason. Every driver (extract, stories, ingest) applies the same rule, {@link
 * #of(Input, Function)}:
 *
 * <ul>
 *   <li>a rejection from the reader passes as it is (a file in a folder that is not a page at all is
 *       {@linkplain Rejected#skipped() skipped});
 *   <li>a document the pipeline throws on (any {@code Throwable} short of {@link OutOfMemoryError}:
 *       an exception, a stack overflow, an assertion) is rejected at stage {@code extract}, with the
 *       throwable on one line;
 *   <li>a page with no article text is skipped with the reason {@value #NO_TEXT}: reported, not a
 *       failed input;
 *   <li>anything else is an article.
 * </ul>
 *
 * @param source the input, as in {@link Input#source()}
 * @param article the article, when there is one
 * @param rejection why there is none, when there is none
 */
public record Outcome(String source, Optional<AnnotatedArticle> article, Optional<Rejected> rejection) {

  /** The reason of a page that is skipped because extraction found no article text on it. */
  public static final String NO_TEXT = "no article text";

  private static final Logger LOG = LoggerFactory.getLogger(Outcome.class);

  public Outcome {
    Objects.requireNonNull(source, "source");
    if (article.isPresent() == rejection.isPresent()) {
      throw new IllegalArgumentException("an outcome is an article or a rejection, got " + article + " and " + rejection);
    }
  }

  /** The outcome of {@code pipeline} on {@code in}, by the rule above. */
  public static Outcome of(Input in, Function<RawDocument, AnnotatedArticle> pipeline) {
    if (in instanceof Rejected r) {
      return rejected(r);
    }
    RawDocument doc = (RawDocument) in;
    AnnotatedArticle a;
    try {
      a = pipeline.apply(doc);
    } catch (OutOfMemoryError e) {
      throw e; // the heap is the run's, not the document's: other documents would fail too
    } catch (Throwable e) {
      // The one place a failing document becomes a rejection naming the input and the stage. A
      // stack overflow is a deeply nested or pathological page meeting a recursive parser or
      // regular expression: that document's failure, not the run's; the stack unwound with it.
      LOG.debug("pipeline failed on {}", doc.source(), e);
      return rejected(new Rejected(doc.source(), "extract", oneLine(e)));
    }
    if (a.article().paragraphs().isEmpty()) {
      return rejected(new Rejected(doc.source(), Rejected.SKIPPED, NO_TEXT));
    }
    return of(a);
  }

  /** The throwable as {@code toString()} gives it, its line breaks folded: a rejection is one line. */
  static String oneLine(Throwable e) {
    return String.valueOf(e).replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** An article as it is, e.g. one read back from JSON. */
  public static Outcome of(AnnotatedArticle a) {
    return new Outcome(a.article().source(), Optional.of(a), Optional.empty());
  }

  private static Outcome rejected(Rejected r) {
    return new Outcome(r.source(), Optional.empty(), Optional.of(r));
  }

  /** Whether the input was passed over (not a page, or no article text): reported, not a failure. */
  public boolean skipped() {
    return rejection.map(Rejected::skipped).orElse(false);
  }

  /** Whether the input failed: the count behind exit code 1. */
  public boolean failed() {
    return rejection.isPresent() && !skipped();
  }
}
