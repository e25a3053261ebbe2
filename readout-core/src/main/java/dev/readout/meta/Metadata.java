package dev.readout.meta;

import dev.readout.extract.Draft;
import dev.readout.model.Article;
import dev.readout.model.Dateline;
import dev.readout.model.Page;
import java.util.List;
import java.util.Optional;

/** Resolves a page's metadata from a {@link Draft} and builds the {@link Article}. Thread-safe. */
public final class Metadata {

  public Article resolve(Page page, Draft draft) {
    return new Article(
        ContentId.of(draft.title().orElse(""), draft.paragraphs()),
        page.source(),
        page.url(),
        draft.title(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Dateline.NONE,
        Optional.empty(),
        List.of(),
        Optional.empty(),
        draft.summary(),
        draft.captions(),
        draft.paragraphs(),
        draft.removed());
  }
}
