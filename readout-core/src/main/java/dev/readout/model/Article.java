package dev.readout.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clean article with the metadata its page states. The output contract of extraction; see
 * {@code docs/schema.md} for the JSON form.
 *
 * @param id stable content id: a hash of the normalised title and body, the same for the same
 *     article wherever it was read
 * @param source provenance of the page
 * @param url the page's address (canonical when the page names one)
 * @param title the headline
 * @param outlet the publication that carried the page (China Daily, Reuters, ...)
 * @param agency the wire agency credited (Xinhua, Reuters, AP, ...)
 * @param published publication time as stated
 * @param modified last-modified time as stated, kept apart from {@code published}
 * @param dateline the wire dateline; {@link Dateline#NONE} when there is none
 * @param editor the editor named by the page
 * @param authors bylines, people only
 * @param language ISO 639-1 code
 * @param summary the standfirst, when the page has one apart from the body
 * @param captions photo and video captions
 * @param paragraphs the body, dateline removed, one entry a paragraph
 * @param removed what was dropped, with reasons
 * @param warnings what went wrong without losing the article, one line each (as in {@link
 *     Page#warnings()}); empty when nothing did
 * @param comments reader comments and forum replies, in page order; never part of the body
 */
public record Article(
    String id,
    String source,
    Optional<URI> url,
    Optional<String> title,
    Optional<String> outlet,
    Optional<String> agency,
    Optional<StatedTime> published,
    Optional<StatedTime> modified,
    Dateline dateline,
    Optional<String> editor,
    List<String> authors,
    Optional<String> language,
    Optional<String> summary,
    List<String> captions,
    List<String> paragraphs,
    List<Removed> removed,
    List<String> warnings,
    List<Comment> comments) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(modified, "modified");
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(editor, "editor");
    authors = List.copyOf(authors);
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(summary, "summary");
    captions = List.copyOf(captions);
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
    warnings = List.copyOf(warnings);
    comments = List.copyOf(comments);
  }

  /** An article without warnings or comments. */
  public Article(
      String id,
      String source,
      Optional<URI> url,
      Optional<String> title,
      Optional<String> outlet,
      Optional<String> agency,
      Optional<StatedTime> published,
      Optional<StatedTime> modified,
      Dateline dateline,
      Optional<String> editor,
      List<String> authors,
      Optional<String> language,
      Optional<String> summary,
      List<String> captions,
      List<String> paragraphs,
      List<Removed> removed) {
    this(id, source, url, title, outlet, agency, published, modified, dateline, editor, authors, language, summary,
        captions, paragraphs, removed, List.of(), List.of());
  }

  /** The body: paragraphs separated by one blank line. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }
}
