/**
 * Who met whom and who said what: the annotation stage, {@code Article → AnnotatedArticle}. The
 * public face is {@link dev.readout.nlp.Annotator}; everything else is package-private.
 *
 * <h2>Pipeline</h2>
 *
 * <ol>
 *   <li>{@code SentenceSplitter}: blank lines, then OpenNLP's English UD sentence model, then a
 *       repair pass for abbreviations ({@code Sept.}, {@code U.S.}, initials); {@code Tokenizer}
 *       gives tokens with offsets into {@link dev.readout.model.Article#body()}.
 *   <li>{@code EntityFinder}: candidate mentions from the data files: titled names ({@code
 *       Chinese State Councilor and Foreign Minister Wang Yi}), countries by name, adjective or
 *       capital, organisations with acronyms, pronouns, role phrases ({@code the Russian
 *       minister}), groups ({@code the two ministers}) and runs of capitalised words.
 *   <li>{@code Resolver}: one per article, in reading order: names to people already met
 *       (surname or given name), pronouns to the person in focus (the last speaker, else the last
 *       sentence's first person), roles to the latest person whose country and title fit.
 *   <li>{@code SpeechFinder} + {@code Content} + {@code Quotes}: statements around speech cues.
 *   <li>{@code Encounters} + {@code Clause} + {@code Frames}: engagements. A cue of {@code
 *       frames.tsv} ({@code met}, {@code held talks with}, {@code her visit to}, {@code news
 *       conference}) near a name has its stretch of the sentence tagged ({@code PosTags},
 *       OpenNLP's UD model, {@link dev.readout.nlp.Upos}); the tag picks the verb or noun frame;
 *       {@code Clause} finds the clause, and in it the parties of the frame's slots (subject,
 *       object, {@code with}, {@code between}, {@code to}, possessor, ...), roles set by the
 *       frame (the host of a visit, the one called: recipients); {@code status-words.tsv} gives
 *       the status or rules it out. {@code Reading} dates it ({@code EventDates}, {@code Dates})
 *       and places it, and merges mentions of one encounter; every consultation is also a
 *       CONSULT event.
 *   <li>{@code Topics}: keywords from {@code topics.tsv}.
 * </ol>
 *
 * <h2>Languages and data files</h2>
 *
 * A language is the tokenizer plus the data files under {@code
 * src/main/resources/dev/readout/nlp/<code>/}, {@code <code>} being its ISO 639-1 code: names
 * ({@code countries.tsv}, {@code organizations.tsv}, {@code titles.txt}, {@code roles.txt},
 * {@code sources.txt}), speech cues ({@code cues.tsv}), engagement frames ({@code frames.tsv},
 * {@code status-words.tsv}, {@code clause-words.tsv}, {@code outlets.tsv}; {@code Frames} loads
 * them per language), {@code time-words.tsv}, {@code topics.tsv}, and the grammar word lists the rules name (determiners,
 * prepositions, pronouns, function words by role, word endings, quotation marks, ...). Each file
 * names its source in its {@code #} header; {@code docs/nlp.md} lists them. {@code Lexicon} is the
 * one loader: it reads a language's files once into typed fields (sets, phrase tables, enum-keyed
 * maps), so lookups are hash and phrase-table lookups, never file reads. Teach the annotator a new
 * organisation or title by adding a line, not code.
 *
 * <p>The annotator picks the language by {@link dev.readout.model.Article#language()}: a code
 * whose directory holds a {@code language.txt}; English ({@code en}) when the article states no
 * language, an unknown one or a malformed one. A file a language lacks reads as an empty list,
 * never as the English file: a silent fall-back would annotate Russian text with English cues and
 * hide what the language still lacks. English itself is checked by {@code LexiconTest}, which
 * fails when any English list is missing or empty; {@code ToyLanguageTest} annotates a toy
 * language from test data alone.
 *
 * <h2>Hints, Tips and Traps</h2>
 *
 * <ul>
 *   <li>Offsets are into the body as {@code Article.body()} joins it (paragraphs separated by a
 *       blank line); an engagement found in a caption has the evidence span {@code [0,0)}.
 *   <li>Dates resolve against the dateline's date, else the publication day: a weekday is the
 *       latest such day on or before it, unless the clause speaks of the future. An engagement
 *       without a date of its own takes the story's date (the first resolved date of its lead,
 *       else the dateline's) only when no other time expression sits near it.
 *   <li>An engagement needs its parties (two, one for a press conference, a joint statement, an
 *       interview or the meeting of a body) and one of them named, not a bare phrase; plans are
 *       engagements with status {@code scheduled} or {@code proposed}; negated and hypothetical
 *       ones ({@code did not meet}, {@code if they met}) are none. A cue far from any name is not
 *       even tagged: tagging is the stage's main cost.
 *   <li>Speakers named only by a common noun ({@code a spokesman}, {@code officials}) become
 *       actors named by the phrase, so that every statement's {@code speakerId} is an actor id.
 *   <li>A coordinated subject ({@code China and Russia said}) yields no statement: there is no
 *       single speaker to attribute it to.
 *   <li>{@code Subjects} is the last resort for a speaker before a cue: any subject phrase set off
 *       on its left, or a pronoun. It runs after names, roles and {@code sources.txt}, so a
 *       better-known speaker always wins; its phrase and pronoun actors never take the
 *       {@code he}/{@code she} focus, but a plural phrase is what a following {@code they} means.
 *   <li>{@code Anaphors} renames a speaker after the fact: {@code the company}, {@code the group}
 *       become the organisation named last that fits, {@code the statement} its issuer. The
 *       source span stays the phrase as written; only the speaker changes. {@code he}/{@code she}
 *       never take a plural speaker ({@code banking sources}) as focus.
 *   <li>The sentence model ends a sentence inside {@code "... Really?" Bush said.}; the splitter
 *       joins such a lone attribution back (it reads {@code cues.tsv} for that).
 *   <li>Still English whatever the article's language: the sentence model, the tokenizer's
 *       rules, the part-of-speech model, the dates, the topics, and
 *       the one-argument {@code Content.isQuote}, {@code Quotes.widen} and {@code Subjects.plural}.
 *   <li>Everything is rule- and list-based on top of OpenNLP's sentence and part-of-speech
 *       models: no NER weights to ship, and the rules are general (titles, cues, frames), never
 *       page-specific.
 * </ul>
 */
package dev.readout.nlp;
