package dev.readout.nlp;

import dev.readout.model.Article;
import dev.readout.model.DateSource;
import dev.readout.model.DateSpan;
import dev.readout.model.Engagement;
import dev.readout.model.EngagementType;
import dev.readout.model.PlaceSource;
import dev.readout.model.PloverType;
import dev.readout.model.Status;
import dev.readout.model.Mention;
import dev.readout.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The state of one article being annotated: what was found so far. Confined to one call. */
final class Reading {

  private static final Set<String> IN_PERSON = Set.of("meeting", "multilateral_meeting", "press_conference");

  final Article article;
  final String body;
  final Dates dates;
  final Resolver resolver;
  final Topics topics;
  Optional<String> narrativeDate = Optional.empty();
  final List<Statement> statements = new ArrayList<>();
  private final List<Engagement> engagements = new ArrayList<>();
  private List<Token> memoTokens;
  private List<Dates.Expr> memoExprs = List.of();

  Reading(Article article, String body, Dates dates, Resolver resolver, Topics topics) {
    this.article = article;
    this.body = body;
    this.dates = dates;
    this.resolver = resolver;
    this.topics = topics;
  }

  /**
   * Carries a quotation on into a sentence that opens with a quotation mark and names no speaker
   * of its own: {@code "A," he said. "B."} is one statement, A and B.
   */
  void continueQuote(Sentence s, Sentence previous) {
    if (statements.isEmpty() || previous == null || s.tokens().isEmpty() || !Content.isQuote(s.tokens().get(0))) {
      return;
    }
    int last = statements.size() - 1;
    Statement st = statements.get(last);
    if (st.sentenceSpan().start() != previous.start() || st.mode() == Statement.Mode.REPORTED
        || body.substring(previous.end(), s.start()).contains("\n")) {
      return;
    }
    int end = Quotes.widen(body, s.start(), s.end())[1];
    String content = body.substring(st.contentSpan().start(), end);
    statements.set(last, new Statement(st.speaker(), st.speakerId(), st.sourceSpan(), st.cue(), content,
        new Mention(st.contentSpan().start(), end, content), st.sentence(), st.sentenceSpan(),
        Statement.Mode.MIXED, st.date(), topics.of(content)));
  }

  void statement(Sentence s, Speech sp) {
    List<Token> t = s.tokens();
    int[] span = Quotes.widen(body, t.get(sp.contentFrom()).start(), t.get(sp.contentTo() - 1).end());
    int cs = span[0];
    int ce = span[1];
    String content = body.substring(cs, ce);
    Optional<String> date = sentenceDate(t).or(() -> narrativeDate);
    statements.add(
        new Statement(
            sp.speaker().name,
            sp.speaker().id(),
            sp.source().mention(),
            EntityFinder.text(t, sp.cueFrom(), sp.cueTo()),
            content,
            new Mention(cs, ce, content),
            s.text(),
            new Mention(s.start(), s.end(), s.text()),
            Quotes.mode(content, sp.mode()),
            date,
            topics.of(content)));
  }

  void engagements(Sentence s, List<Engagements.Found> found, boolean caption) {
    List<Token> t = s.tokens();
    for (Engagements.Found f : found) {
      Optional<String> date = nearestDate(t, f.trigger());
      if (date.isEmpty() && !timeNear(t, f) && !caption) {
        date = narrativeDate;
      }
      Optional<String> place = f.place();
      if (place.isEmpty() && hasHere(t)) {
        place = article.dateline().place();
      }
      if (place.isEmpty() && !caption && IN_PERSON.contains(f.type()) && date.isPresent()
          && date.equals(article.dateline().date().map(Object::toString))) {
        place = article.dateline().place();
      }
      EngagementType type = EngagementType.of(f.type());
      Optional<DateSpan> span = date.flatMap(DateSpan::parse);
      add(new Engagement(
          "e" + (engagements.size() + 1),
          type,
          cameo(f, place),
          type.consult() ? Optional.of(PloverType.CONSULT) : Optional.empty(),
          Optional.empty(),
          f.participants().stream().map(Parties::of).toList(),
          List.of(),
          Status.HAPPENED,
          span,
          span.isPresent() ? DateSource.STATED : DateSource.NONE,
          place,
          place.isPresent() ? PlaceSource.STATED : PlaceSource.NONE,
          s.text(),
          caption ? new Mention(0, 0, "") : new Mention(s.start(), s.end(), s.text()),
          caption));
      resolver.group(f.participants().stream().filter(ActorBuilder::isPerson).toList());
    }
  }

  /** A meeting away from every participant's country is CAMEO 044, meet at a third location. */
  private String cameo(Engagements.Found f, Optional<String> place) {
    if (!f.type().equals("meeting") || place.isEmpty()) {
      return f.cameo();
    }
    Optional<String> placeCountry = resolver.placeCountry(place.get());
    if (placeCountry.isEmpty()) {
      return f.cameo();
    }
    boolean allKnown = f.participants().stream().allMatch(a -> a.country.isPresent());
    boolean home = f.participants().stream().anyMatch(a -> a.country.equals(placeCountry));
    return allKnown && !home ? "044" : f.cameo();
  }

  private void add(Engagement e) {
    for (int i = 0; i < engagements.size(); i++) {
      Engagement o = engagements.get(i);
      if (o.type().equals(e.type()) && Set.copyOf(o.participants()).equals(Set.copyOf(e.participants()))
          && (o.date().isEmpty() || e.date().isEmpty() || o.date().equals(e.date()))) {
        if (o.date().isEmpty() && e.date().isPresent() || o.place().isEmpty() && e.place().isPresent()) {
          Optional<DateSpan> date = o.date().or(e::date);
          Optional<String> place = o.place().or(e::place);
          engagements.set(i, new Engagement(o.id(), o.type(), o.cameo(), o.event(), o.mode(), o.actors(),
              o.recipients(), o.status(), date, date.isPresent() ? DateSource.STATED : DateSource.NONE, place,
              place.isPresent() ? PlaceSource.STATED : PlaceSource.NONE, o.evidence(), o.evidenceSpan(),
              o.fromCaption()));
        }
        return;
      }
    }
    engagements.add(e);
  }

  List<Engagement> engagementList() {
    return engagements;
  }

  private Optional<String> sentenceDate(List<Token> t) {
    return exprs(t).stream().flatMap(e -> e.value().stream()).findFirst();
  }

  /** The resolved time expression nearest the trigger, from the trigger's comma-delimited segment on. */
  private Optional<String> nearestDate(List<Token> t, int trigger) {
    int segment = trigger;
    while (segment > 0 && !t.get(segment - 1).is(",")) {
      segment--;
    }
    Dates.Expr best = null;
    for (Dates.Expr e : exprs(t)) {
      if (e.value().isPresent() && e.from() >= segment && (best == null || Math.abs(e.from() - trigger) < Math.abs(best.from() - trigger))) {
        best = e;
      }
    }
    return best == null ? Optional.empty() : best.value();
  }

  /** Whether a time expression sits in the words about an engagement ({@code talks last week}). */
  private boolean timeNear(List<Token> t, Engagements.Found f) {
    return exprs(t).stream().anyMatch(e -> e.to() > f.trigger() - 8 && e.from() <= f.windowEnd()
        || Dates.isYear(t.get(e.from()).text())); // "In 2012 she ... met": the sentence's time frame
  }

  /** The sentence's time expressions, found once per sentence. */
  private List<Dates.Expr> exprs(List<Token> t) {
    if (t != memoTokens) {
      memoTokens = t;
      memoExprs = dates.exprs(t);
    }
    return memoExprs;
  }

  private static boolean hasHere(List<Token> t) {
    return t.stream().anyMatch(k -> k.is("here"));
  }
}
