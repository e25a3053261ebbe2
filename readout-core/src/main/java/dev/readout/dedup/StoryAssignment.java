package dev.readout.dedup;

import java.util.Objects;
import java.util.Set;

/**
 * What {@link StoryIndex#add} decided for one article.
 *
 * @param articleId the article added
 * @param storyId the story it now belongs to
 * @param relabelled ids of articles added earlier whose story id changed because of this one (two
 *     stories merged, or the story's id moved); a caller that stored story ids updates these
 */
public record StoryAssignment(String articleId, String storyId, Set<String> relabelled) {

  public StoryAssignment {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(storyId, "storyId");
    relabelled = Set.copyOf(relabelled);
  }
}
