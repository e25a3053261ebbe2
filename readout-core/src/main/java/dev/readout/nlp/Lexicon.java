package dev.readout.nlp;

import dev.readout.model.Article;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The words of one language: the data files under {@code dev/readout/nlp/<code>/} (countries,
 * organisations, titles, cues, topics and the grammar word lists), each
 * loaded once into a typed field. This is the one loader of the package's word lists.
 *
 * <p>A file the language lacks gives an empty list, never the English one: a language is exactly
 * what its directory holds. Immutable once built and shared between threads; {@link
 * #forLanguage} caches one instance per code.
 */
final class Lexicon {

  /** A country with its ISO 3166-1 alpha-2 code. */
  record Country(String code, String name, List<String> capitals) {}

  /** How a country is named: by name, by adjective or demonym, or by its capital. */
  enum Form {
    NAME,
    ADJECTIVE,
    CAPITAL
  }

  record CountryForm(Country country, Form form) {}

  record Org(String name, Optional<String> acronym) {}


  record Topic(String code, String label, List<String> keywords) {}

  /** The kinds of {@code cues.tsv}; the file spells them in lower case with a hyphen. */
  enum Cue {
    /** A finite reporting verb: {@code Wang said}, {@code said Wang}. */
    VERB,
    /** A verb whose following content must open with "that", a quote or a colon. */
    VERB_THAT,
    /** A clause going on with the sentence's speaker: {@code adding that}. */
    PARTICIPLE,
    /** A preposition introducing the speaker: {@code according to}. */
    PREP
  }

  /** What a pronoun of {@code pronouns.tsv} refers to: one person, or a group. */
  enum Pronoun {
    PERSON,
    GROUP
  }

  /** The kinds of {@code organization-anaphors.tsv}. */
  enum OrgAnaphor {
    ANY,
    BUSINESS,
    NAMED
  }

  /** The roles of {@code issue-words.tsv}. */
  enum IssueWord {
    VERB,
    AGENT
  }

  /** The kinds of {@code cue-adverbs.tsv}. */
  enum CueAdverb {
    ADVERB,
    AUXILIARY,
    DAY
  }

  /** The roles of {@code function-words.tsv}: the few grammar words the rules name. */
  enum Word {
    AND,
    OR,
    BUT,
    THE,
    ARTICLE,
    THAT,
    WHO,
    OF
  }

  /** The roles of {@code suffixes.tsv}. */
  enum Suffix {
    ADVERB,
    PARTICIPLE,
    PLURAL,
    NOT_PLURAL,
    CAPITALISED_PLURAL
  }

  /** The roles of {@code quote-marks.tsv}. */
  enum Quote {
    OPENING,
    CLOSING,
    STRAIGHT,
    DOUBLED
  }

  /** The kinds of {@code group-heads.tsv}: a plain head, or one taking {@code of} and a word. */
  enum GroupHead {
    PLAIN,
    OF
  }

  /** The roles of {@code date-grammar.tsv}: the grammar words of the date stage. */
  enum DateWord {
    SINCE,
    RANGE,
    ALTERNATIVE,
    THIS,
    COMING,
    WEEKEND,
    SAME_DAY,
    EARLIER,
    ORDINAL,
    DECADE,
    FUTURE,
    CLAUSE_MARK,
    CONJUNCTION
  }

  /** The kinds of {@code source-openers.tsv}. */
  enum Opener {
    DETERMINER,
    MODIFIER
  }

  /** The class of {@code time-words.tsv} rows that spell a month ({@code Sept}). */
  private static final String MONTH_CLASS = "month";
  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
  private static final Map<String, Lexicon> BY_CODE = new ConcurrentHashMap<>();
  /** Article language codes seen so far: the language's lexicon, or empty when it has none. */
  private static final Map<String, Optional<Lexicon>> KNOWN = new ConcurrentHashMap<>();

  /** English, the default language. */
  static final Lexicon DEFAULT = forLanguage("en");

  final String code;
  final Phrases<CountryForm> countries = new Phrases<>(false);
  final Map<String, Country> countriesByCode = new HashMap<>();
  final Phrases<Org> orgs = new Phrases<>(false);
  final Phrases<String> titles = new Phrases<>(false);
  final Phrases<String> roles = new Phrases<>(true);
  final Phrases<Cue> cues = new Phrases<>(true);
  final Phrases<String> sources = new Phrases<>(true);
  final Phrases<String> groupOpeners = new Phrases<>(true);
  final List<Topic> topics = new ArrayList<>();
  /** Lower-case sentence connectives ({@code but}, {@code meanwhile}), never part of a speaker phrase. */
  final Set<String> connectives;

  // Case-sensitive sets, matched against a token's text.
  final Set<String> notName;
  final Set<String> orgHeads;
  final Set<String> thingHeads;
  final Set<String> particles;
  final Set<String> honorifics;
  final Set<String> abbreviations;
  final Set<String> prepositions;

  // Lower-case sets, matched against a token's lower-case form.
  final Set<String> roleDeterminers;
  final Set<String> roleModifiers;
  final Map<String, GroupHead> groupHeads;
  final Map<Word, Set<String>> words;
  final Map<Suffix, Set<String>> suffixes;
  final Set<String> namingCues;
  /** Quotation marks by role, as {@code quote-marks.tsv} lists them. */
  final Map<Quote, Set<String>> quotes;
  /** Every quotation mark, to its role. */
  final Map<String, Quote> quoteMarks;
  /** Opening marks whose closing mark is a {@link Quote#DOUBLED} one ({@code ``} for {@code ''}). */
  final Set<String> doubledOpenings;
  final Set<String> notPlaceNouns;
  final Map<String, Pronoun> pronouns;
  /** Subject pronouns by lower-case form, each to its written form ({@code i → I}). */
  final Map<String, String> subjectPronouns;
  final Set<String> determiners;
  final Set<String> quantifiers;
  final Set<String> subjectStops;
  final Set<String> clauseOpeners;
  final Set<String> nonStatement;
  final Set<String> trailing;
  final Set<String> clauseSubjects;
  final Set<String> clauseBreaks;
  final Set<String> addressees;
  final Set<String> addresseeHeads;
  final Set<String> addressingCues;
  final Map<OrgAnaphor, Set<String>> orgAnaphors;
  final Set<String> corporate;
  final Set<String> documents;
  final Set<String> issuerHeads;
  final Map<String, IssueWord> issueWords;
  final Set<String> passiveMarkers;
  final Map<String, CueAdverb> cueAdverbs;
  final Set<String> speakerPhraseWords;
  final Map<String, Opener> sourceOpeners;
  final Set<String> organizationSources;
  final Set<String> invertedFollowers;
  final Set<String> placePrepositions;
  final Set<String> genericRoles;
  /** The date stage's grammar words by role; matched as {@code date-grammar.tsv} says. */
  final Map<DateWord, Set<String>> dateWords;
  /**
   * Capitalised month names and abbreviations, without a period: {@code java.time}'s full and
   * short names for the language and its regional variants, plus the {@code month} rows of
   * {@code time-words.tsv}.
   */
  final Set<String> months;
  /** Capitalised weekday names, from {@code java.time} for the language and its variants. */
  final Set<String> weekdays;

  private Lexicon(String code) {
    this.code = code;
    LanguageFiles f = new LanguageFiles(code);
    loadNames(f);
    connectives = f.lowerWords(WordList.CONNECTIVES);
    notName = f.words(WordList.NOT_NAME_WORDS);
    orgHeads = f.words(WordList.ORGANIZATION_HEADS);
    thingHeads = f.words(WordList.THING_HEADS);
    particles = f.words(WordList.NAME_PARTICLES);
    honorifics = f.words(WordList.HONORIFICS);
    abbreviations = f.words(WordList.ABBREVIATIONS);
    prepositions = f.words(WordList.PREPOSITIONS);
    roleDeterminers = f.words(WordList.ROLE_DETERMINERS);
    roleModifiers = f.words(WordList.ROLE_MODIFIERS);
    groupHeads = f.kinds(WordList.GROUP_HEADS, GroupHead.class);
    words = f.byKind(WordList.FUNCTION_WORDS, Word.class);
    suffixes = f.byKind(WordList.SUFFIXES, Suffix.class);
    namingCues = f.words(WordList.NAMING_CUES);
    quotes = f.byKind(WordList.QUOTE_MARKS, Quote.class);
    quoteMarks = f.kinds(WordList.QUOTE_MARKS, Quote.class);
    Set<String> doubled = new LinkedHashSet<>();
    f.rows(WordList.QUOTE_MARKS).stream().filter(r -> quotes.get(Quote.DOUBLED).contains(LanguageFiles.field(r, 2)))
        .forEach(r -> doubled.add(r[0].trim()));
    doubledOpenings = Set.copyOf(doubled);
    notPlaceNouns = f.words(WordList.NOT_PLACE_NOUNS);
    pronouns = f.kinds(WordList.PRONOUNS, Pronoun.class);
    Map<String, String> subjects = new HashMap<>();
    f.words(WordList.SUBJECT_PRONOUNS).forEach(w -> subjects.put(lower(w), w));
    subjectPronouns = Map.copyOf(subjects);
    determiners = f.words(WordList.DETERMINERS);
    quantifiers = f.words(WordList.QUANTIFIERS);
    subjectStops = f.words(WordList.SUBJECT_STOP_WORDS);
    clauseOpeners = f.words(WordList.CLAUSE_OPENERS);
    nonStatement = f.words(WordList.NON_STATEMENT_WORDS);
    trailing = f.words(WordList.TRAILING_WORDS);
    clauseSubjects = f.words(WordList.CLAUSE_SUBJECTS);
    clauseBreaks = f.words(WordList.CLAUSE_BREAKS);
    addressees = f.words(WordList.ADDRESSEES);
    addresseeHeads = f.words(WordList.ADDRESSEE_HEADS);
    addressingCues = f.words(WordList.ADDRESSING_CUES);
    orgAnaphors = f.byKind(WordList.ORGANIZATION_ANAPHORS, OrgAnaphor.class);
    corporate = f.words(WordList.CORPORATE_SUFFIXES);
    documents = f.words(WordList.DOCUMENT_NOUNS);
    issuerHeads = f.words(WordList.ISSUER_HEADS);
    issueWords = f.kinds(WordList.ISSUE_WORDS, IssueWord.class);
    passiveMarkers = f.words(WordList.PASSIVE_MARKERS);
    cueAdverbs = f.kinds(WordList.CUE_ADVERBS, CueAdverb.class);
    speakerPhraseWords = f.words(WordList.SPEAKER_PHRASE_WORDS);
    sourceOpeners = f.kinds(WordList.SOURCE_OPENERS, Opener.class);
    organizationSources = f.words(WordList.ORGANIZATION_SOURCES);
    invertedFollowers = f.words(WordList.INVERTED_FOLLOWERS);
    placePrepositions = f.words(WordList.PLACE_PREPOSITIONS);
    genericRoles = f.words(WordList.GENERIC_ROLES);
    dateWords = f.byKind(WordList.DATE_GRAMMAR, DateWord.class);
    months = months(code);
    weekdays = weekdays(code);
  }

  private static Set<String> months(String code) {
    Set<String> out = new LinkedHashSet<>();
    for (Locale locale : variants(code)) {
      for (Month m : Month.values()) {
        out.add(undotted(m.getDisplayName(TextStyle.FULL, locale)));
        out.add(undotted(m.getDisplayName(TextStyle.SHORT, locale)));
      }
    }
    for (String[] r : LanguageFiles.rows(code, WordList.TIME_WORDS.file())) {
      if (r.length > 1 && r[1].trim().equals(MONTH_CLASS) && !r[0].isBlank()) {
        String w = r[0].trim();
        out.add(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
      }
    }
    return Set.copyOf(out);
  }

  private static Set<String> weekdays(String code) {
    Set<String> out = new LinkedHashSet<>();
    for (Locale locale : variants(code)) {
      for (DayOfWeek d : DayOfWeek.values()) {
        out.add(d.getDisplayName(TextStyle.FULL, locale));
      }
    }
    return Set.copyOf(out);
  }

  /** The language and its regional variants in the JDK's locale data ({@code en-GB} spells {@code Sept}). */
  private static List<Locale> variants(String code) {
    List<Locale> out = new ArrayList<>();
    out.add(Locale.forLanguageTag(code));
    for (Locale l : Locale.getAvailableLocales()) {
      if (l.getLanguage().equals(code)) {
        out.add(l);
      }
    }
    return out;
  }

  private static String undotted(String name) {
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }


  /**
   * The lexicon of a language, loaded on first use and cached.
   *
   * @param code an ISO 639-1 (or 639-3) code in lower case, such as {@code en}
   * @throws IllegalArgumentException when {@code code} is not two or three lower-case letters
   */
  static Lexicon forLanguage(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("language code must be 2-3 lower-case letters: " + code);
    }
    return BY_CODE.computeIfAbsent(code, Lexicon::new);
  }

  /**
   * The lexicon for an article's language: the language whose directory holds a {@code
   * language.txt}, else English when the language is absent, malformed or unknown. A region
   * ({@code en-GB}) is ignored.
   */
  static Lexicon forArticle(Article article) {
    return article.language().map(Lexicon::primaryCode).filter(c -> CODE.matcher(c).matches())
        .flatMap(c -> KNOWN.computeIfAbsent(c, k -> Lexicon.class.getResource(k + '/' + WordList.LANGUAGE.file()) == null
            ? Optional.empty() : Optional.of(forLanguage(k))))
        .orElse(DEFAULT);
  }

  /** {@code en} of {@code en-GB} or {@code EN_gb}: the language without its region, lower case. */
  private static String primaryCode(String tag) {
    String s = lower(tag.strip());
    int cut = 0;
    while (cut < s.length() && s.charAt(cut) != '-' && s.charAt(cut) != '_') {
      cut++;
    }
    return s.substring(0, cut);
  }


  /** Whether the token, as written, is one of the language's words in that role. */
  boolean is(Token t, Word role) {
    return words.get(role).contains(t.text());
  }

  /** Whether the token, in lower case, is one of the language's words in that role. */
  boolean isLower(Token t, Word role) {
    return words.get(role).contains(t.lower());
  }

  /** Whether the token, as written, is one of the language's date grammar words in that role. */
  boolean is(Token t, DateWord role) {
    return dateWords.get(role).contains(t.text());
  }

  /** Whether the token, in lower case, is one of the language's date grammar words in that role. */
  boolean isLower(Token t, DateWord role) {
    return dateWords.get(role).contains(t.lower());
  }

  /** Whether a word ends in one of the language's endings in that role. */
  boolean endsWith(String word, Suffix role) {
    for (String ending : suffixes.get(role)) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private void loadNames(LanguageFiles f) {
    for (String[] r : f.rows(WordList.COUNTRIES)) {
      Country c = new Country(r[0], r[1], LanguageFiles.split(LanguageFiles.field(r, 4)));
      countriesByCode.put(c.code(), c);
      countries.add(c.name(), new CountryForm(c, Form.NAME));
      LanguageFiles.split(LanguageFiles.field(r, 2)).forEach(a -> countries.add(a, new CountryForm(c, Form.NAME)));
      LanguageFiles.split(LanguageFiles.field(r, 3)).forEach(a -> countries.add(a, new CountryForm(c, Form.ADJECTIVE)));
      c.capitals().forEach(a -> countries.add(a, new CountryForm(c, Form.CAPITAL)));
    }
    for (String[] r : f.rows(WordList.ORGANIZATIONS)) {
      String acr = LanguageFiles.field(r, 1);
      Org o = new Org(r[0], acr.isEmpty() ? Optional.empty() : Optional.of(acr));
      orgs.add(o.name(), o);
      if (!acr.isEmpty()) {
        orgs.add(acr, o);
      }
      LanguageFiles.split(LanguageFiles.field(r, 2)).forEach(a -> orgs.add(a, o));
    }
    f.rows(WordList.TITLES).forEach(r -> titles.add(r[0], r[0].replace(".", "").trim()));
    f.rows(WordList.ROLES).forEach(r -> roles.add(r[0], r[0]));
    f.rows(WordList.SOURCES).forEach(r -> sources.add(r[0], r[0]));
    f.rows(WordList.CUES).forEach(r -> cues.add(r[0], LanguageFiles.kind(LanguageFiles.field(r, 1).replace('-', '_'), Cue.class)));
    f.rows(WordList.GROUP_OPENERS).forEach(r -> groupOpeners.add(r[0], r[0]));
    for (String[] r : f.rows(WordList.TOPICS)) {
      topics.add(new Topic(r[0], r[1], LanguageFiles.split(LanguageFiles.field(r, 2))));
    }
  }

  /** The rows of a data file of the default language (English); empty when it has no such file. */
  static List<String[]> rows(String name) {
    return LanguageFiles.rows(DEFAULT.code, name);
  }

  /** The rows of {@code dev/readout/nlp/<code>/<name>}; empty when the language has no such file. */
  static List<String[]> rows(String code, String name) {
    return LanguageFiles.rows(code, name);
  }

  /** English month names, for {@code Reading} until it reads its own {@link Lexicon}. */
  static final Set<String> MONTHS = DEFAULT.months;

  /** English weekday names, for {@code Dates} until it reads its own time words. */
  static final Set<String> WEEKDAYS = DEFAULT.weekdays;
}
