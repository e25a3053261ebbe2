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
import dev.readout.model.StatedTime;
import dev.readout.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The state of one article being annotated: what was found so far. Confined to one call. */
final class Reading {

  /** PLOVER's CONSULT mode for a meeting of several parties or of a body. */
  private static final String MULTILATERAL = "multilateral";
  private static final Set<EngagementType> IN_PERSON =
      Set.of(EngagementType.MEETING, EngagementType.TALKS, EngagementType.MULTILATERAL_MEETING, EngagementType.PRESS_CONFERENCE);

  final Article article;
  final String body;
  final Dates dates;
  final Resolver resolver;
  final Topics topics;
  Optional<String> narrativeDate = Optional.empty();
  private final Anchor anchor;
  private final Parties parties;
  final List<Statement> statements = new ArrayList<>();
  private final List<Engagement> engagements = new ArrayList<>();
  private List<Token> memoTokens;
  private List<TimeExpr> memoFound = List.of();
  private List<Token> memoExprTokens;
  private List<Dates.Expr> memoExprs = List.of();

  Reading(Article article, String body, Dates dates, Resolver resolver, Topics topics, Parties parties) {
    this.parties = parties;
    this.article = article;
    this.body = body;
    this.dates = dates;
    this.resolver = resolver;
    this.topics = topics;
    this.anchor = new Anchor(article.dateline().date(), article.published().map(StatedTime::date));
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

  void engagements(Sentence s, List<Encounters.Encounter> found, boolean caption) {
    List<Token> t = s.tokens();
    List<TimeExpr> times = found(t);
    for (Encounters.Encounter f : found) {
      boolean future = f.status() == Status.SCHEDULED || f.status() == Status.PROPOSED;
      Dated dated = EventDates.inClause(t, times, f.cueFrom(), EventDates.Clause.NEAREST, anchor, future);
      if (dated.date().isEmpty()) { // a clause the commas of a list or an apposition cut short
        dated = dates.forEvent(t.size(), times, f.clauseFrom(), f.clauseTo(), f.cueFrom(), anchor, future);
      }
      Optional<DateSpan> span = dated.date();
      DateSource dateSource = dated.source();
      if (span.isEmpty() && !caption && f.status() == Status.HAPPENED && !timeNear(t, f)) {
        span = narrativeDate.flatMap(DateSpan::parse); // the story's news of the day
        dateSource = span.isEmpty() ? DateSource.NONE
            : article.dateline().date().isPresent() ? DateSource.DATELINE : DateSource.PUBLISHED;
      }
      Status status = f.status();
      if (status == Status.HAPPENED && span.isPresent() && dates.reference().isPresent()
          && span.get().start().isAfter(dates.reference().get())) {
        status = Status.SCHEDULED;
      }
      Optional<String> place = f.place();
      PlaceSource placeSource = place.isPresent() ? PlaceSource.STATED : PlaceSource.NONE;
      if (place.isEmpty() && hasHere(t) && article.dateline().place().isPresent()) {
        place = article.dateline().place();
        placeSource = PlaceSource.STATED;
      }
      if (place.isEmpty() && !caption && IN_PERSON.contains(f.type()) && article.dateline().place().isPresent()
          && span.isPresent() && span.get().isDay() && article.dateline().date().equals(Optional.of(span.get().start()))) {
        place = article.dateline().place(); // the dateline's day: the news happened where the dateline says
        placeSource = PlaceSource.DATELINE;
      }
      EngagementType type = f.type();
      add(new Engagement(
          "e" + (engagements.size() + 1),
          type,
          cameo(f, place),
          type.consult() ? Optional.of(PloverType.CONSULT) : Optional.empty(),
          type == EngagementType.MULTILATERAL_MEETING ? Optional.of(MULTILATERAL) : f.frame().mode(),
          f.actors().stream().map(parties::of).toList(),
          f.recipients().stream().map(parties::of).toList(),
          status,
          span,
          dateSource,
          place,
          placeSource,
          s.text(),
          caption ? new Mention(0, 0, "") : new Mention(s.start(), s.end(), s.text()),
          caption));
      resolver.group(f.parties().stream().filter(ActorBuilder::isPerson).toList());
    }
  }

  /** A meeting away from every participant's country is CAMEO 044, meet at a third location. */
  private String cameo(Encounters.Encounter f, Optional<String> place) {
    if (f.type() != EngagementType.MEETING || place.isEmpty()) {
      return f.frame().cameo();
    }
    Optional<String> placeCountry = resolver.placeCountry(place.get());
    if (placeCountry.isEmpty()) {
      return f.frame().cameo();
    }
    List<ActorBuilder> parties = f.parties();
    boolean allKnown = parties.stream().allMatch(a -> a.country.isPresent());
    boolean home = parties.stream().anyMatch(a -> a.country.equals(placeCountry));
    return allKnown && !home ? "044" : f.frame().cameo();
  }

  /**
   * One encounter told twice in an article is one engagement: a later mention of the same kind whose
   * parties are among an earlier one's (or the reverse), on a compatible day, adds its date and
   * place to the first.
   */
  private void add(Engagement e) {
    for (int i = 0; i < engagements.size(); i++) {
      Engagement o = engagements.get(i);
      Set<String> a = Set.copyOf(o.participantIds());
      Set<String> b = Set.copyOf(e.participantIds());
      if (family(o.type()) == family(e.type()) && (a.containsAll(b) || b.containsAll(a))
          && (o.date().isEmpty() || e.date().isEmpty() || o.date().equals(e.date()))) {
        Engagement keep = b.size() > a.size() ? e : o;
        Engagement other = keep == e ? o : e;
        Optional<DateSpan> date = keep.date().or(other::date);
        Optional<String> place = keep.place().or(other::place);
        engagements.set(i, new Engagement(o.id(), keep.type(), keep.cameo(), keep.event(), keep.mode(), keep.actors(),
            keep.recipients(), keep.status(), date, keep.date().isPresent() ? keep.dateSource() : other.dateSource(),
            place, keep.place().isPresent() ? keep.placeSource() : other.placeSource(), o.evidence(), o.evidenceSpan(),
            o.fromCaption()));
        return;
      }
    }
    engagements.add(e);
  }

  /** Meetings, talks, visits and summits are one family: a later mention may name the same encounter otherwise. */
  private static EngagementType family(EngagementType type) {
    return switch (type) {
      case MEETING, TALKS, VISIT, MULTILATERAL_MEETING -> EngagementType.MEETING;
      default -> type;
    };
  }

  List<Engagement> engagementList() {
    return engagements;
  }

  private Optional<String> sentenceDate(List<Token> t) {
    return exprs(t).stream().flatMap(e -> e.value().stream()).findFirst();
  }

  /** Whether a time expression sits in the words about an engagement ({@code talks last week}). */
  private boolean timeNear(List<Token> t, Encounters.Encounter f) {
    return exprs(t).stream().anyMatch(e -> e.to() > f.clauseFrom() && e.from() <= f.clauseTo()
        || Dates.isYear(t.get(e.from()).text())); // "In 2012 she ... met": the sentence's time frame
  }

  /** The sentence's time expressions with their legacy values, found once per sentence. */
  private List<Dates.Expr> exprs(List<Token> t) {
    if (t != memoExprTokens) {
      memoExprTokens = t;
      memoExprs = dates.exprs(t, found(t));
    }
    return memoExprs;
  }

  /** The sentence's time expressions, found once per sentence. */
  private List<TimeExpr> found(List<Token> t) {
    if (t != memoTokens) {
      memoTokens = t;
      memoFound = dates.find(t);
    }
    return memoFound;
  }

  private static boolean hasHere(List<Token> t) {
    return t.stream().anyMatch(k -> k.is("here"));
  }
}
