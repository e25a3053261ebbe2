package dev.readout.dedup;

/**
 * Settings of a {@link StoryIndex}.
 *
 * @param minContainment how much of the shorter copy's text (word 3-grams, estimated from
 *     sketches) the longer one must contain for the two to be copies, in (0, 1]
 * @param excerptChars how many characters of each paragraph to keep for the cut/added lists of
 *     {@link StoryMember}; 0 keeps no text at all, and paragraphs are then named by position
 *     ({@code ¶3}). Memory per article grows with this (roughly paragraphs × excerptChars bytes)
 */
public record StoryConfig(double minContainment, int excerptChars) {

  /** Settings for ordinary use: 0.5 containment, 60-character paragraph excerpts. */
  public static final StoryConfig DEFAULTS = new StoryConfig(0.5, 60);

  public StoryConfig {
    if (!(minContainment > 0 && minContainment <= 1)) {
      throw new IllegalArgumentException("minContainment must be in (0, 1]: " + minContainment);
    }
    if (excerptChars < 0 || excerptChars > 10_000) {
      throw new IllegalArgumentException("excerptChars must be in [0, 10000]: " + excerptChars);
    }
  }

  /** The same settings without paragraph text: the smallest memory footprint per article. */
  public StoryConfig compact() {
    return new StoryConfig(minContainment, 0);
  }
}
