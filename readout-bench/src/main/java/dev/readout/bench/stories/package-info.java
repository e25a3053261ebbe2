/**
 * Evaluation and benchmark of story grouping ({@link dev.readout.dedup.StoryIndex}).
 *
 * <p>{@link dev.readout.bench.stories.StoriesEvaluation} builds a syndication test set from real
 * articles with a seeded generator and scores grouping on it and on news-cluster's real events;
 * {@link dev.readout.bench.stories.StoriesBenchmark} times candidate search and verification over
 * up to a million synthetic pages. Neither is a test: they read the development corpora and take
 * minutes, and their numbers go to {@code docs/performance.md}.
 */
package dev.readout.bench.stories;
