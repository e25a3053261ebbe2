package dev.readout.dedup;

import dev.readout.model.Article;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups articles into stories as they arrive. A component with corpus-wide state, not a stage:
 * one instance per corpus, {@link #add} from one thread at a time.
 *
 * <p>Placeholder: every article is its own story until near-duplicate grouping lands.
 */
public final class StoryIndex implements Closeable {

  private final Map<String, Story> stories = new LinkedHashMap<>();
  private final Map<String, String> storyOfArticle = new LinkedHashMap<>();

  /** An index held in memory only. */
  public static StoryIndex inMemory() {
    return new StoryIndex();
  }

  /** Adds an article; adding the same article id twice changes nothing. */
  public StoryAssignment add(Article article) {
    String sid = storyOfArticle.computeIfAbsent(article.id(), id -> "s" + id);
    stories.computeIfAbsent(
        sid,
        id ->
            new Story(
                id,
                article.id(),
                List.of(new StoryMember(article.id(), article.source(), article.outlet(), 1.0, List.of(), List.of())),
                article.outlet().stream().toList(),
                article.agency().stream().toList()));
    return new StoryAssignment(article.id(), sid, java.util.Set.of());
  }

  /** The story an article belongs to, if it was added. */
  public Optional<String> storyOf(String articleId) {
    return Optional.ofNullable(storyOfArticle.get(articleId));
  }

  public Optional<Story> story(String storyId) {
    return Optional.ofNullable(stories.get(storyId));
  }

  public Collection<Story> stories() {
    return new ArrayList<>(stories.values());
  }

  @Override
  public void close() {}
}
