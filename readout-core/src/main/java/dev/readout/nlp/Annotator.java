package dev.readout.nlp;

import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Article;
import dev.readout.model.Engagement;
import dev.readout.model.Event;
import dev.readout.model.StatedTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds who met whom and who said what in an article: its actors (people, organisations,
 * countries, places, each with every mention in the body), attributed statements, engagements
 * (calls, meetings, visits, ...) and topics. The story field stays empty; grouping is another
 * stage's work.
 *
 * <p>Offsets are into {@link Article#body()}. Engagements found in captions carry the evidence
 * span {@code [0,0)}. Dates resolve against the dateline's date, else the publication day.
 *
 * <p>The data files (countries, organisations, titles, cues, engagement triggers, topics) and the
 * sentence model are loaded once per class; an instance holds no mutable state and is safe to
 * share between threads.
 */
public final class Annotator {

  private final Lexicon lex = Lexicon.DEFAULT;
  private final Topics topics = new Topics(lex);

  /** Annotates one article; never null, never throws on odd text. */
  public AnnotatedArticle annotate(Article article) {
    Objects.requireNonNull(article, "article");
    Lexicon lex = Lexicon.forArticle(article);
    EntityFinder entities = new EntityFinder(lex);
    SpeechFinder speech = new SpeechFinder(lex);
    Frames frames = Frames.of(lex);
    Encounters encounters = new Encounters(frames, lex);
    String body = article.body();
    Optional<LocalDate> ref = article.dateline().date().or(() -> article.published().map(StatedTime::date));
    Reading r = new Reading(article, body, new Dates(ref), new Resolver(lex), topics, new Parties(frames));
    List<Sentence> sentences = SentenceSplitter.split(body);
    r.narrativeDate = narrativeDate(sentences, r.dates).or(() -> article.dateline().date().map(Object::toString));
    Sentence previous = null;
    for (Sentence s : sentences) {
      List<Ref> refs = r.resolver.resolve(s, entities.find(s.tokens()), false);
      List<Speech> said = speech.find(s, refs, r.resolver);
      Anaphors.remember(s.tokens(), refs, r.resolver);
      if (said.isEmpty()) {
        r.continueQuote(s, previous);
      }
      previous = s;
      said.forEach(sp -> r.statement(s, sp));
      r.engagements(s, encounters.find(s.tokens(), refs, r.resolver), false);
      r.resolver.rememberGroup(s.tokens(), refs);
      updateFocus(r.resolver, s, refs, said);
      r.resolver.plural(said.stream().filter(sp -> Subjects.plural(s.tokens(), sp.source().found()))
          .map(Speech::speaker).reduce((a, b) -> b).orElse(null));
    }
    for (String caption : article.captions()) {
      for (Sentence s : SentenceSplitter.split(caption)) {
        List<Ref> refs = r.resolver.resolve(s, entities.find(s.tokens()), true);
        r.engagements(s, encounters.find(s.tokens(), refs, r.resolver), true);
      }
    }
    List<String> articleTopics = topics.ofArticle(article.title().orElse(""), body);
    List<Engagement> found = r.engagementList();
    List<Event> events = found.stream().flatMap(e -> Event.of(e).stream()).toList();
    return new AnnotatedArticle(
        article, Optional.empty(), r.resolver.actors(), r.statements, found, events, articleTopics);
  }

  /**
   * The speaker of the sentence's last statement, else its first person, is in focus next. A
   * plural speaker ({@code banking sources}) never is: {@code he} cannot mean it.
   */
  private static void updateFocus(Resolver resolver, Sentence s, List<Ref> refs, List<Speech> said) {
    for (int k = said.size() - 1; k >= 0; k--) {
      Found source = said.get(k).source().found();
      if (said.get(k).speaker().isPerson() && source.kind() != Found.Kind.SUBJECT && !Subjects.plural(s.tokens(), source)) {
        resolver.focus(said.get(k).speaker());
        return;
      }
    }
    for (Ref ref : refs) {
      if (ref.isPerson() && !ref.possessive(s.tokens())) {
        resolver.focus(ref.actor());
        return;
      }
    }
  }

  /**
   * The day the story's news happened: the first resolved time expression of its lead that is news,
   * i.e. from {@link #NEWS_DAYS} days before the story's reference day to the day after it (a
   * publication stamp in another time zone) when it has one: a lead's "after May 20" of a budget
   * debate months away is no day the news happened.
   */
  private static Optional<String> narrativeDate(List<Sentence> sentences, Dates dates) {
    for (int i = 0; i < Math.min(2, sentences.size()); i++) {
      for (Dates.Expr e : dates.exprs(sentences.get(i).tokens())) {
        if (e.value().isPresent() && !e.value().get().contains("/") && !Dates.future(sentences.get(i).tokens(), e.from())
            && isNews(e.value().get(), dates.reference())) {
          return e.value();
        }
      }
    }
    return Optional.empty();
  }

  /** How many days before the reference day a lead's date may lie and still be the day's news. */
  private static final int NEWS_DAYS = 7;

  private static boolean isNews(String day, Optional<java.time.LocalDate> reference) {
    if (reference.isEmpty()) {
      return true;
    }
    java.time.LocalDate d = java.time.LocalDate.parse(day);
    return !d.isAfter(reference.get().plusDays(1)) && !d.isBefore(reference.get().minusDays(NEWS_DAYS));
  }
}
