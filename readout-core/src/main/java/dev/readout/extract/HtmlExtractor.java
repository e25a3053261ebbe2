package dev.readout.extract;

import dev.readout.html.HtmlArticles;
import dev.readout.model.Draft;
import dev.readout.model.Page;

/** Finds the article in an HTML page. Thread-safe. */
public final class HtmlExtractor {

  /** Extracts body, captions, set-aside text and stated metadata; see {@link HtmlArticles}. */
  public Draft extract(Page page) {
    return HtmlArticles.extract(page.text(), page.url());
  }
}
