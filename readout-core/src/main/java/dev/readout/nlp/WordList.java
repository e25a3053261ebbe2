package dev.readout.nlp;

import java.util.Locale;

/**
 * The data files of a language, {@code dev/readout/nlp/<code>/<file>}, one constant each. A
 * constant's file name follows from its name: lower case, a hyphen for each underscore, then the
 * extension of its {@link Format} ({@code NOT_NAME_WORDS} is {@code not-name-words.txt}, {@code
 * QUOTE_MARKS} is {@code quote-marks.tsv}). Read through {@link LanguageFiles}.
 */
enum WordList {
  ABBREVIATIONS(Format.LIST),
  ADDRESSEE_HEADS(Format.LIST),
  ADDRESSEES(Format.LIST),
  ADDRESSING_CUES(Format.LIST),
  CLAUSE_BREAKS(Format.LIST),
  CLAUSE_OPENERS(Format.LIST),
  CLAUSE_SUBJECTS(Format.LIST),
  CLAUSE_WORDS(Format.TABLE),
  CONNECTIVES(Format.LIST),
  CORPORATE_SUFFIXES(Format.LIST),
  COUNTRIES(Format.TABLE),
  CUE_ADVERBS(Format.TABLE),
  CUES(Format.TABLE),
  DATE_GRAMMAR(Format.TABLE),
  DETERMINERS(Format.LIST),
  DOCUMENT_NOUNS(Format.LIST),
  FRAMES(Format.TABLE),
  FUNCTION_WORDS(Format.TABLE),
  GENERIC_ROLES(Format.LIST),
  GROUP_HEADS(Format.TABLE),
  GROUP_OPENERS(Format.LIST),
  HONORIFICS(Format.LIST),
  INVERTED_FOLLOWERS(Format.LIST),
  ISSUE_WORDS(Format.TABLE),
  ISSUER_HEADS(Format.LIST),
  /** Marks a language's directory: a language is known when it has this file. */
  LANGUAGE(Format.LIST),
  NAME_PARTICLES(Format.LIST),
  NAMING_CUES(Format.LIST),
  NON_STATEMENT_WORDS(Format.LIST),
  NOT_NAME_WORDS(Format.LIST),
  NOT_PLACE_NOUNS(Format.LIST),
  ORGANIZATION_ANAPHORS(Format.TABLE),
  ORGANIZATION_HEADS(Format.LIST),
  ORGANIZATION_SOURCES(Format.LIST),
  ORGANIZATIONS(Format.TABLE),
  OUTLETS(Format.TABLE),
  PASSIVE_MARKERS(Format.LIST),
  PLACE_PREPOSITIONS(Format.LIST),
  PREPOSITIONS(Format.LIST),
  PRONOUNS(Format.TABLE),
  QUANTIFIERS(Format.LIST),
  QUOTE_MARKS(Format.TABLE),
  ROLE_DETERMINERS(Format.LIST),
  ROLE_MODIFIERS(Format.LIST),
  ROLES(Format.LIST),
  SECTOR_WORDS(Format.TABLE),
  SOURCE_OPENERS(Format.TABLE),
  SOURCES(Format.LIST),
  SPEAKER_PHRASE_WORDS(Format.LIST),
  STATUS_WORDS(Format.TABLE),
  SUBJECT_PRONOUNS(Format.LIST),
  SUBJECT_STOP_WORDS(Format.LIST),
  SUFFIXES(Format.TABLE),
  THING_HEADS(Format.LIST),
  TIME_WORDS(Format.TABLE),
  TITLES(Format.LIST),
  TOPICS(Format.TABLE),
  TRAILING_WORDS(Format.LIST);

  /** How a file is laid out, which its extension tells. */
  enum Format {
    /** One entry a line ({@code .txt}); a tab may add columns all the same. */
    LIST(".txt"),
    /** Tab-separated columns ({@code .tsv}). */
    TABLE(".tsv");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }
  }

  private final String file;

  WordList(Format format) {
    this.file = name().toLowerCase(Locale.ROOT).replace('_', '-') + format.extension;
  }

  /** The file's name within a language's directory, such as {@code not-name-words.txt}. */
  String file() {
    return file;
  }
}
