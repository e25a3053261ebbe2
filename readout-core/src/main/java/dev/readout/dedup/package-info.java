/**
 * Stories: exact and near-duplicate copies of one article (syndication) grouped together, with
 * lookalikes about other events kept apart. {@link dev.readout.dedup.StoryIndex} is the component
 * that holds the corpus-wide state.
 */
package dev.readout.dedup;
