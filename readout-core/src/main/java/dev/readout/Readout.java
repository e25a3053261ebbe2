package dev.readout;

import dev.readout.model.Draft;
import dev.readout.extract.HtmlExtractor;
import dev.readout.extract.TextExtractor;
import dev.readout.meta.Metadata;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Article;
import dev.readout.model.Input;
import dev.readout.model.Page;
import dev.readout.nlp.Annotator;
import dev.readout.model.RawDocument;
import dev.readout.read.Decoder;

/**
 * The pipeline in one place: {@code RawDocument → Page → Draft → Article → AnnotatedArticle}.
 * Every step is a pure function; one instance is safe to share between threads.
 */
public final class Readout {

  private final TextExtractor text = new TextExtractor();
  private final HtmlExtractor html = new HtmlExtractor();
  private final Metadata metadata = new Metadata();
  private final Annotator annotator = new Annotator();

  /** Decodes bytes into a page. */
  public Page decode(RawDocument doc) {
    return Decoder.decode(doc);
  }

  /** Extracts the article of a page. */
  public Article extract(Page page) {
    Draft draft = page.kind() == Page.Kind.HTML ? html.extract(page) : text.extract(page);
    return metadata.resolve(page, draft);
  }

  /** Adds actors, statements, engagements and topics. */
  public AnnotatedArticle annotate(Article article) {
    return annotator.annotate(article);
  }

  /** Decode, extract and annotate. */
  public AnnotatedArticle process(RawDocument doc) {
    return annotate(extract(decode(doc)));
  }

  /**
   * What the pipeline makes of one input, by the rule every driver shares (see {@link Outcome}):
   * an article, or a rejection or skip naming the input and the reason. Never throws on content.
   */
  public Outcome outcome(Input in) {
    return Outcome.of(in, this::process);
  }
}
