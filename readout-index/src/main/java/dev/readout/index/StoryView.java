package dev.readout.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A story with its copies as the index holds them.
 *
 * @param id story id
 * @param canonical the article id of the most complete copy
 * @param outlets outlets that carried it
 * @param agencies agencies credited
 * @param copies every copy, canonical first
 */
public record StoryView(String id, String canonical, List<String> outlets, List<String> agencies, List<Copy> copies) {

  public StoryView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(canonical, "canonical");
    outlets = List.copyOf(outlets);
    agencies = List.copyOf(agencies);
    copies = List.copyOf(copies);
  }

  /**
   * One copy.
   *
   * @param article its article id
   * @param source where it was read
   * @param outlet the outlet
   * @param title its headline
   * @param published when it was published
   * @param similarity containment in the canonical copy, 0..1
   * @param cut paragraphs of the canonical copy this one lacks
   * @param added paragraphs this one adds
   */
  public record Copy(
      String article,
      String source,
      Optional<String> outlet,
      Optional<String> title,
      Optional<String> published,
      double similarity,
      List<String> cut,
      List<String> added) {

    public Copy {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(published, "published");
      cut = List.copyOf(cut);
      added = List.copyOf(added);
    }
  }
}
