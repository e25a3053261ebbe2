package dev.readout.index;

/** One search hit: an {@link ArticleHit} or a {@link StatementHit}. */
public sealed interface Hit permits ArticleHit, StatementHit {}
