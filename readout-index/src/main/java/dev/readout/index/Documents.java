package dev.readout.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.dedup.Story;
import dev.readout.json.ArticleJson;
import dev.readout.model.Actor;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Article;
import dev.readout.model.DateSpan;
import dev.readout.model.Engagement;
import dev.readout.model.StatedTime;
import dev.readout.model.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * Turns an annotated article into its block of Lucene documents: the article, then one document
 * per statement, engagement and actor, all carrying the article id so the block is replaced as a
 * whole. Every document stores the JSON of its record, so what later stages add to the records
 * reaches the API without a change here.
 */
final class Documents {

  static final FacetsConfig FACETS = facetsConfig();

  private static final ObjectMapper JSON = ArticleJson.mapper();

  private Documents() {}

  private static FacetsConfig facetsConfig() {
    FacetsConfig c = new FacetsConfig();
    for (String dim :
        List.of(Fields.DIM_SPEAKER, Fields.DIM_COUNTRY, Fields.DIM_TOPIC, Fields.DIM_OUTLET, Fields.DIM_ACTOR)) {
      c.setMultiValued(dim, true);
    }
    return c;
  }

  /** The block for one article; {@code seq} is its order of arrival. */
  static List<Document> block(AnnotatedArticle a, long seq) {
    List<Document> docs = new ArrayList<>();
    Article r = a.article();
    Optional<LocalDate> articleDay = articleDay(r);
    ObjectNode context = context(r);
    context.put("story", a.story().orElse(null));
    for (int i = 0; i < a.statements().size(); i++) {
      docs.add(statement(r.id(), i, a.statements().get(i), articleDay, context));
    }
    for (int i = 0; i < a.engagements().size(); i++) {
      docs.add(engagement(r.id(), i, a.engagements().get(i), context, seq));
    }
    for (Actor actor : a.actors()) {
      docs.add(actor(r.id(), actor));
    }
    docs.add(article(a, seq, articleDay));
    return facets(docs);
  }

  /** The document that holds a story's grouping, keyed by its id. */
  static Document story(Story s) {
    Document d = new Document();
    d.add(new StringField(Fields.KIND, Fields.KIND_STORY, Field.Store.NO));
    d.add(new StringField(Fields.STORY_DOC, s.id(), Field.Store.NO));
    d.add(new StoredField(Fields.JSON, write(JSON.valueToTree(s))));
    return d;
  }

  /** The day an article is dated by: its publication day, else its dateline's. */
  static Optional<LocalDate> articleDay(Article r) {
    return r.published().map(StatedTime::date).or(() -> r.dateline().date());
  }

  private static Document article(AnnotatedArticle a, long seq, Optional<LocalDate> day) {
    Article r = a.article();
    Document d = common(Fields.KIND_ARTICLE, r.id());
    d.add(new NumericDocValuesField(Fields.SEQ, seq));
    r.title().ifPresent(t -> d.add(new TextField(Fields.TITLE, t, Field.Store.NO)));
    StringBuilder text = new StringBuilder();
    // The title is in the text too, so that matching needs one field and the title field only scores.
    r.title().ifPresent(t -> text.append(t).append("\n\n"));
    r.summary().ifPresent(s -> text.append(s).append("\n\n"));
    text.append(r.body());
    r.captions().forEach(c -> text.append("\n\n").append(c));
    text.append("\n\n").append(String.join(" ", a.topics()));
    d.add(new TextField(Fields.TEXT, text.toString(), Field.Store.NO));
    day.ifPresent(x -> day(d, x));
    r.outlet().ifPresent(o -> keyed(d, Fields.OUTLET, Fields.DIM_OUTLET, o));
    a.story().ifPresent(s -> d.add(new StringField(Fields.STORY, s, Field.Store.NO)));
    a.topics().forEach(t -> keyed(d, Fields.TOPIC, Fields.DIM_TOPIC, t));
    Set<String> speakers = new LinkedHashSet<>();
    a.statements().forEach(s -> speakers.add(s.speaker()));
    speakers.forEach(s -> keyed(d, Fields.SPEAKER, Fields.DIM_SPEAKER, s));
    a.statements().forEach(s -> d.add(new StringField(Fields.SPEAKER, Fields.key(s.speakerId()), Field.Store.NO)));
    for (Actor actor : a.actors()) {
      d.add(new StringField(Fields.ACTOR, Fields.key(actor.id()), Field.Store.NO));
      d.add(new StringField(Fields.ACTOR, Fields.key(actor.name()), Field.Store.NO));
      actor.country().ifPresent(c -> keyed(d, Fields.COUNTRY, Fields.DIM_COUNTRY, c));
    }
    d.add(new StoredField(Fields.JSON, ArticleJson.write(a)));
    return d;
  }

  private static Document statement(
      String articleId, int i, Statement s, Optional<LocalDate> articleDay, ObjectNode context) {
    Document d = common(Fields.KIND_STATEMENT, articleId);
    // Topic codes are searchable words too: "Afghanistan" finds a statement on "the Afghan issue".
    d.add(new TextField(Fields.STATEMENT_TEXT, s.speaker() + "\n" + s.sentence() + "\n" + String.join(" ", s.topics()), Field.Store.NO));
    s.date().flatMap(Fields::day).or(() -> articleDay).ifPresent(x -> day(d, x));
    keyed(d, Fields.SPEAKER, Fields.DIM_SPEAKER, s.speaker());
    d.add(new StringField(Fields.SPEAKER, Fields.key(s.speakerId()), Field.Store.NO));
    d.add(new StringField(Fields.ACTOR, Fields.key(s.speakerId()), Field.Store.NO));
    d.add(new StringField(Fields.ACTOR, Fields.key(s.speaker()), Field.Store.NO));
    s.topics().forEach(t -> keyed(d, Fields.TOPIC, Fields.DIM_TOPIC, t));
    outlet(d, context);
    ObjectNode o = context.deepCopy();
    o.put("index", i);
    o.set("record", JSON.valueToTree(s));
    d.add(new StoredField(Fields.JSON, write(o)));
    return d;
  }

  private static Document engagement(String articleId, int i, Engagement e, ObjectNode context, long seq) {
    Document d = common(Fields.KIND_ENGAGEMENT, articleId);
    d.add(new TextField(Fields.ENGAGEMENT_TEXT, e.evidence(), Field.Store.NO));
    e.date().map(DateSpan::toString).flatMap(Fields::day).ifPresent(x -> day(d, x));
    d.add(new NumericDocValuesField(Fields.SEQ, seq));
    for (String id : e.participantIds()) {
      d.add(new StringField(Fields.ACTOR, Fields.key(id), Field.Store.NO));
    }
    for (String name : e.participants()) {
      d.add(new StringField(Fields.ACTOR, Fields.key(name), Field.Store.NO));
    }
    d.add(new StringField(Fields.STATUS, e.status().json(), Field.Store.NO));
    e.actors().forEach(p -> d.add(new StringField(Fields.ENGAGEMENT_ACTOR, Fields.key(p.id()), Field.Store.NO)));
    e.recipients().forEach(p -> d.add(new StringField(Fields.ENGAGEMENT_RECIPIENT, Fields.key(p.id()), Field.Store.NO)));
    outlet(d, context);
    ObjectNode o = context.deepCopy();
    o.put("index", i);
    o.set("record", JSON.valueToTree(e));
    d.add(new StoredField(Fields.JSON, write(o)));
    return d;
  }

  private static Document actor(String articleId, Actor a) {
    Document d = common(Fields.KIND_ACTOR, articleId);
    d.add(new StringField(Fields.ACTOR, Fields.key(a.id()), Field.Store.NO));
    d.add(new SortedSetDocValuesFacetField(Fields.DIM_ACTOR, a.id()));
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id());
    o.put("name", a.name());
    o.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
    o.set("titles", JSON.valueToTree(a.titles()));
    o.put("country", a.country().orElse(null));
    o.put("acronym", a.acronym().orElse(null));
    d.add(new StoredField(Fields.JSON, write(o)));
    return d;
  }

  /**
   * The article facts a statement or engagement hit shows next to its own; {@link #block} adds the
   * story, which the timeline's merge rule reads.
   */
  private static ObjectNode context(Article r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("article", r.id());
    o.put("title", r.title().orElse(null));
    o.put("outlet", r.outlet().orElse(null));
    o.put("published", r.published().map(StatedTime::toString).orElse(null));
    return o;
  }

  private static Document common(String kind, String articleId) {
    Document d = new Document();
    d.add(new StringField(Fields.KIND, kind, Field.Store.NO));
    d.add(new StringField(Fields.ARTICLE, articleId, Field.Store.NO));
    return d;
  }

  private static void outlet(Document d, ObjectNode context) {
    if (context.hasNonNull("outlet")) {
      keyed(d, Fields.OUTLET, Fields.DIM_OUTLET, context.get("outlet").asText());
    }
  }

  private static void keyed(Document d, String field, String dim, String value) {
    if (value.isBlank()) {
      return;
    }
    d.add(new StringField(field, Fields.key(value), Field.Store.NO));
    d.add(new SortedSetDocValuesFacetField(dim, value.strip()));
  }

  private static void day(Document d, LocalDate day) {
    d.add(new LongPoint(Fields.DAY, day.toEpochDay()));
    d.add(new NumericDocValuesField(Fields.DAY, day.toEpochDay()));
  }

  private static List<Document> facets(List<Document> docs) {
    List<Document> out = new ArrayList<>(docs.size());
    try {
      for (Document d : docs) {
        out.add(FACETS.build(d));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String write(Object tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
