package dev.readout.bench.gold;

import java.util.Objects;

/**
 * A story before the draw, with the source metadata the strata read: news-cluster's {@code
 * Category} ({@code ""} elsewhere) and whether a Reuters story carries {@code PEOPLE} or {@code ORGS}
 * tags.
 */
record Candidate(StoryText story, String category, boolean tagged) {
  Candidate {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(category, "category");
  }
}
