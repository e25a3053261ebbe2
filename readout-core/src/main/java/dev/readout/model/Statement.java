package dev.readout.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something an actor said, as the article attributes it.
 *
 * @param speaker the canonical name of the speaker
 * @param speakerId the speaker's {@link Actor#id()}
 * @param sourceSpan the mention that names the speaker in this sentence ({@code Wang}, {@code he})
 * @param cue the reporting verb or phrase ({@code said}, {@code according to})
 * @param content what was said
 * @param contentSpan where {@code content} is in the body
 * @param sentence the whole sentence that carries the statement
 * @param sentenceSpan where {@code sentence} is in the body
 * @param mode reported, direct or mixed speech
 * @param date the day it was said, ISO-8601, when the article lets one resolve it
 * @param topics topic codes from the taxonomy
 */
public record Statement(
    String speaker,
    String speakerId,
    Mention sourceSpan,
    String cue,
    String content,
    Mention contentSpan,
    String sentence,
    Mention sentenceSpan,
    Mode mode,
    Optional<String> date,
    List<String> topics) {

  /** How the words are reported. */
  public enum Mode {
    REPORTED,
    DIRECT,
    MIXED;

    /** The JSON form: lower case. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Statement {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerId, "speakerId");
    Objects.requireNonNull(sourceSpan, "sourceSpan");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(contentSpan, "contentSpan");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(sentenceSpan, "sentenceSpan");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(date, "date");
    topics = List.copyOf(topics);
  }
}
