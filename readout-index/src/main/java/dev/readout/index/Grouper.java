package dev.readout.index;

import dev.readout.dedup.Story;
import dev.readout.dedup.StoryAssignment;
import dev.readout.dedup.StoryIndex;
import dev.readout.model.Article;
import java.util.Optional;

/**
 * What the ingester needs from story grouping: add an article, look a story up. {@link
 * #of(StoryIndex)} adapts the core's {@link StoryIndex}; tests may supply a fixed grouping.
 * Called from one thread at a time.
 */
public interface Grouper {

  /** Adds an article; the same article id twice changes nothing. */
  StoryAssignment add(Article article);

  /** The story with this id, once an added article belongs to it. */
  Optional<Story> story(String storyId);

  /** The story an added article belongs to now; empty when the article was never added. */
  Optional<String> storyOf(String articleId);

  /** Adapts a story index. */
  static Grouper of(StoryIndex index) {
    return new Grouper() {
      @Override
      public StoryAssignment add(Article article) {
        return index.add(article);
      }

      @Override
      public Optional<Story> story(String storyId) {
        return index.story(storyId);
      }

      @Override
      public Optional<String> storyOf(String articleId) {
        return index.storyOf(articleId);
      }
    };
  }
}
