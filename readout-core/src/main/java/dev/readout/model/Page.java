package dev.readout.model;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded document: its text (a plain-text page dump) or its markup (HTML), as Unicode.
 *
 * @param source provenance, as in {@link RawDocument#source()}
 * @param url the page's address if known
 * @param kind whether {@code text} is plain text or HTML
 * @param text the decoded characters
 * @param captured when it was fetched, if known
 * @param fields crawler-supplied metadata, as in {@link RawDocument#fields()}
 * @param warnings what went wrong without losing the page, one line each (e.g. bytes that were not
 *     valid in the page's charset and became U+FFFD); empty when nothing did
 */
public record Page(
    String source,
    Optional<URI> url,
    Kind kind,
    String text,
    Optional<Instant> captured,
    Map<String, String> fields,
    List<String> warnings) {

  /** What {@link Page#text()} holds. */
  public enum Kind {
    TEXT,
    HTML
  }

  public Page {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(captured, "captured");
    fields = Map.copyOf(fields);
    warnings = List.copyOf(warnings);
  }

  /** A page decoded without warnings. */
  public Page(String source, Optional<URI> url, Kind kind, String text, Optional<Instant> captured, Map<String, String> fields) {
    this(source, url, kind, text, captured, fields, List.of());
  }

  /** A plain-text page with no container metadata, for tests and stdin. */
  public static Page text(String source, String text) {
    return new Page(source, Optional.empty(), Kind.TEXT, text, Optional.empty(), Map.of());
  }
}
