package dev.readout.bench.gold;

import dev.readout.meta.Datelines;
import dev.readout.model.Actor;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Article;
import dev.readout.model.Dateline;
import dev.readout.model.Mention;
import dev.readout.model.StatedTime;
import dev.readout.nlp.Annotator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs Readout's annotator on a gold story and turns its output into {@link Layers}.
 *
 * <p>The article is built from the story's exact text: paragraphs are the text split at blank
 * lines, so the article body is the text itself and Readout's offsets are the gold's offsets. The
 * title, publication date and (Reuters) dateline come from {@code stories.jsonl}, as extraction
 * would have found them on the page; no extraction runs, so the score is the annotator's alone.
 * Today's Readout codes no PLOVER events apart from engagements: its events are the CONSULT events
 * of its meetings, talks, visits, multilateral meetings and calls.
 */
final class ReadoutLayers {


  private final Annotator annotator;

  ReadoutLayers(Annotator annotator) {
    this.annotator = annotator;
  }

  Layers annotate(StoryEntry entry, String text) {
    AnnotatedArticle a = annotator.annotate(article(entry, text));
    Map<String, Actor> actors = a.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity(), (x, y) -> x));
    List<Layers.Engagement> engagements = new ArrayList<>();
    List<Layers.Event> events = new ArrayList<>();
    for (dev.readout.model.Engagement e : a.engagements()) {
      if (e.fromCaption()) {
        continue;
      }
      List<Layers.Party> parties = new ArrayList<>();
      for (int i = 0; i < e.participants().size(); i++) {
        parties.add(party(e.participants().get(i), e.participantIds().get(i), actors));
      }
      Span evidence = span(e.evidenceSpan());
      engagements.add(new Layers.Engagement(e.type().json(), parties, List.of(), e.date().map(Object::toString), e.place(), evidence));
      if (e.type().consult()) {
        events.add(new Layers.Event("CONSULT", false, parties, List.of(), evidence, evidence));
      }
    }
    List<Layers.Statement> statements = new ArrayList<>();
    for (dev.readout.model.Statement s : a.statements()) {
      statements.add(new Layers.Statement(
          Optional.of(party(s.speaker(), s.speakerId(), actors)), span(s.contentSpan())));
    }
    return new Layers(entry.id(), engagements, statements, events);
  }

  static Article article(StoryEntry entry, String text) {
    Optional<StatedTime> published = entry.published().flatMap(ReadoutLayers::published);
    return new Article(entry.id(), entry.locator(), Optional.empty(), Optional.of(entry.title()), Optional.empty(),
        Optional.empty(), published, Optional.empty(), dateline(entry, published), Optional.empty(), List.of(),
        Optional.of("en"), Optional.empty(), List.of(), Arrays.asList(text.split("\n\n", -1)), List.of());
  }

  private static Optional<StatedTime> published(String s) {
    Optional<StatedTime> t = StatedTime.parse(s.replace(' ', 'T'));
    return t.isPresent() || s.length() < 10 ? t : StatedTime.parse(s.substring(0, 10));
  }

  private static Dateline dateline(StoryEntry entry, Optional<StatedTime> published) {
    return entry.dateline().flatMap(d -> Datelines.find(d + " x")).map(f -> {
      Optional<LocalDate> date = f.day().flatMap(md -> published.map(p -> md.atYear(p.date().getYear())));
      return new Dateline(Optional.of(f.place()), f.day(), date, f.agency());
    }).orElse(Dateline.NONE);
  }

  private static Layers.Party party(String name, String id, Map<String, Actor> actors) {
    Actor actor = actors.get(id);
    Optional<String> country = actor == null ? Optional.empty() : actor.country();
    boolean state = actor != null && actor.kind() == Actor.Kind.COUNTRY;
    List<String> aliases = actor == null ? List.of() : actor.acronym().stream().toList(); // CNN for Cable News Network
    return new Layers.Party(name, aliases, Optional.of(id), country, state);
  }

  private static Span span(Mention m) {
    return new Span(m.start(), m.end());
  }
}
