package dev.readout.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a body extractor found on a page, before metadata is resolved: the seam between the
 * format-specific extractors ({@link dev.readout.extract.TextExtractor}, {@link dev.readout.extract.HtmlExtractor}) and the shared
 * metadata stage ({@link dev.readout.meta.Metadata}).
 *
 * @param title the headline the page shows, if found
 * @param paragraphs body paragraphs in order; the first may still open with a dateline
 * @param captions photo and video captions, credit marks such as {@code [Photo/Xinhua]} kept
 * @param summary a standfirst shown apart from the body
 * @param removed dropped text with reasons; entries with reason {@code metadata},
 *     {@code copyright} or {@code source-url} are evidence the metadata stage reads
 * @param tags structured metadata the page declares, under the keys of {@link Tag}
 * @param comments reader comments and forum replies, never part of {@code paragraphs}
 */
public record Draft(
    Optional<String> title,
    List<String> paragraphs,
    List<String> captions,
    Optional<String> summary,
    List<Removed> removed,
    Map<String, List<String>> tags,
    List<Comment> comments) {

  /** Keys of {@link Draft#tags()}; each maps to candidates, best first. */
  public static final class Tag {
    public static final String TITLE = "title";
    public static final String SITE_NAME = "site_name";
    public static final String PUBLISHED = "published";
    public static final String MODIFIED = "modified";
    public static final String AUTHOR = "author";
    public static final String LANGUAGE = "language";
    public static final String CANONICAL = "canonical";
    public static final String DESCRIPTION = "description";
    public static final String PUBLISHER = "publisher";
    /** The country the page was written in, ISO 3166-1 alpha-2, upper case. */
    public static final String COUNTRY = "country";

    private Tag() {}
  }

  public Draft {
    Objects.requireNonNull(title, "title");
    paragraphs = List.copyOf(paragraphs);
    captions = List.copyOf(captions);
    Objects.requireNonNull(summary, "summary");
    removed = List.copyOf(removed);
    tags = Map.copyOf(tags);
    comments = List.copyOf(comments);
  }

  /** A draft of a page without comments. */
  public Draft(
      Optional<String> title,
      List<String> paragraphs,
      List<String> captions,
      Optional<String> summary,
      List<Removed> removed,
      Map<String, List<String>> tags) {
    this(title, paragraphs, captions, summary, removed, tags, List.of());
  }
}
