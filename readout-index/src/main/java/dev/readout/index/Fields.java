package dev.readout.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Field names and the few conversions every document builder and query shares. */
final class Fields {

  /** What a document is: one of the {@code KIND_*} values. */
  static final String KIND = "kind";

  static final String KIND_ARTICLE = "article";
  static final String KIND_STATEMENT = "statement";
  static final String KIND_ENGAGEMENT = "engagement";
  static final String KIND_ACTOR = "actor";
  static final String KIND_STORY = "story";

  /** The owning article's id, on every document of an article's block; the delete key of the block. */
  static final String ARTICLE = "article";

  /** A story document's id; the update key of story documents (kept apart from {@link #ARTICLE}). */
  static final String STORY_DOC = "story_doc";

  /** Analysed text of articles (title, summary, body, captions, topics); only articles have it. */
  static final String TEXT = "text";

  /**
   * Analysed text of statements, a field of its own so that a statement search walks only
   * statements' postings, not those of every article that has the word too.
   */
  static final String STATEMENT_TEXT = "s_text";

  /** Analysed evidence sentence of engagements; only engagements have it. */
  static final String ENGAGEMENT_TEXT = "e_text";

  /** Commit user-data key naming the index format; see {@link #FORMAT_VERSION}. */
  static final String FORMAT = "readout.format";

  /**
   * The index format this code writes and reads. Bump it when documents change in a way that old
   * indexes would answer wrongly; an index of another format is refused with a clear message.
   * 2: statements' text in {@link #STATEMENT_TEXT}; 3: an article's title in its {@link #TEXT};
   * 4: engagements' text in {@link #ENGAGEMENT_TEXT}, so each text field belongs to one kind;
   * 5: engagements' {@link #STATUS}, {@link #ENGAGEMENT_ACTOR} and {@link #ENGAGEMENT_RECIPIENT},
   * and the story id in their stored JSON, which the timeline's merge rule reads.
   */
  static final String FORMAT_VERSION = "5";

  static final String TITLE = "title";

  /** Day as epoch day: a point for ranges, doc values for sorting. */
  static final String DAY = "day";

  /** Order of arrival of an article, to replay stories in the same order on open. */
  static final String SEQ = "seq";

  /** The stored JSON of the document's record. */
  static final String JSON = "json";

  /** Lower-cased exact-match keys used by filters; see {@link #key}. */
  static final String SPEAKER = "f_speaker";

  static final String ACTOR = "f_actor";
  static final String COUNTRY = "f_country";
  static final String TOPIC = "f_topic";
  static final String OUTLET = "f_outlet";
  static final String STORY = "f_story";

  /** An engagement's status ({@code happened}, {@code scheduled}, ...). */
  static final String STATUS = "f_status";

  /** Actor ids of an engagement's actors (the visitor, the caller; everyone when symmetric). */
  static final String ENGAGEMENT_ACTOR = "f_e_actor";

  /** Actor ids of an engagement's recipients (the host, the one called). */
  static final String ENGAGEMENT_RECIPIENT = "f_e_recipient";

  /** Facet dimensions, as shown to users. */
  static final String DIM_SPEAKER = "speaker";

  static final String DIM_COUNTRY = "country";
  static final String DIM_TOPIC = "topic";
  static final String DIM_OUTLET = "outlet";
  static final String DIM_ACTOR = "actor";

  private Fields() {}

  /** The exact-match form of a filter value: trimmed and lower-cased, so filters ignore case. */
  static String key(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  /** The day an ISO date or interval ({@code 2020-09-10/2020-09-16}) starts on, if it parses. */
  static Optional<LocalDate> day(String iso) {
    if (iso.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(iso.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
