package dev.readout.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.readout.model.Actor;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Article;
import dev.readout.model.Comment;
import dev.readout.model.Dateline;
import dev.readout.model.Engagement;
import dev.readout.model.Event;
import dev.readout.model.Removed;
import dev.readout.model.StatedTime;
import dev.readout.model.Statement;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Converts {@link AnnotatedArticle}s to and from their JSON form. Thread-safe. */
public final class ArticleJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(SerializationFeature.WRITE_ENUMS_USING_TO_STRING, true)
          .configure(DeserializationFeature.READ_ENUMS_USING_TO_STRING, true);

  private ArticleJson() {}

  /** The shared, configured mapper (records as snake_case, Optional as value or null). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One line of JSON, no trailing newline. */
  public static String write(AnnotatedArticle a) {
    try {
      return MAPPER.writeValueAsString(toTree(a));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON object for an annotated article, fields in schema order. */
  public static ObjectNode toTree(AnnotatedArticle a) {
    Article r = a.article();
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", r.id());
    o.put("source", r.source());
    o.put("url", r.url().map(URI::toString).orElse(null));
    o.put("title", r.title().orElse(null));
    o.put("outlet", r.outlet().orElse(null));
    o.put("agency", r.agency().orElse(null));
    o.put("published", r.published().map(StatedTime::toString).orElse(null));
    o.put("modified", r.modified().map(StatedTime::toString).orElse(null));
    ObjectNode d = o.putObject("dateline");
    d.put("place", r.dateline().place().orElse(null));
    d.put("date", r.dateline().isoDate().orElse(null));
    d.put("agency", r.dateline().agency().orElse(null));
    o.put("editor", r.editor().orElse(null));
    strings(o.putArray("authors"), r.authors());
    o.put("language", r.language().orElse(null));
    o.put("summary", r.summary().orElse(null));
    strings(o.putArray("captions"), r.captions());
    o.put("body", r.body());
    ArrayNode removed = o.putArray("removed");
    for (Removed x : r.removed()) {
      removed.addObject().put("text", x.text()).put("reason", x.reason());
    }
    o.set("comments", comments(r.comments()));
    strings(o.putArray("warnings"), r.warnings());
    o.put("story", a.story().orElse(null));
    o.set("actors", MAPPER.valueToTree(a.actors()));
    o.set("statements", MAPPER.valueToTree(a.statements()));
    o.set("engagements", MAPPER.valueToTree(a.engagements()));
    o.set("events", MAPPER.valueToTree(a.events()));
    strings(o.putArray("topics"), a.topics());
    return o;
  }

  /** Comments in their JSON form: {@code [{author, date, text}]}, absent values as null. */
  public static ArrayNode comments(List<Comment> comments) {
    ArrayNode a = MAPPER.createArrayNode();
    for (Comment c : comments) {
      a.addObject()
          .put("author", c.author().orElse(null))
          .put("date", c.date().map(StatedTime::toString).orElse(null))
          .put("text", c.text());
    }
    return a;
  }

  /** Reads one JSON object as written by {@link #write}; unknown keys are ignored. */
  public static AnnotatedArticle read(String json) {
    try {
      return fromTree(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an article record: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads one JSON object as written by {@link #toTree}. */
  public static AnnotatedArticle fromTree(JsonNode o) {
    JsonNode d = o.path("dateline");
    Optional<String> dlDate = text(d, "date");
    Dateline dateline =
        new Dateline(
            text(d, "place"),
            dlDate.map(s -> s.startsWith("--") ? MonthDay.parse(s) : MonthDay.from(LocalDate.parse(s))),
            dlDate.filter(s -> !s.startsWith("--")).map(LocalDate::parse),
            text(d, "agency"));
    List<Removed> removed = new ArrayList<>();
    for (JsonNode x : o.path("removed")) {
      removed.add(new Removed(x.path("text").asText(), x.path("reason").asText()));
    }
    String body = text(o, "body").orElse("");
    Article article =
        new Article(
            text(o, "id").orElseThrow(() -> new IllegalArgumentException("record has no id")),
            text(o, "source").orElse(""),
            text(o, "url").map(URI::create),
            text(o, "title"),
            text(o, "outlet"),
            text(o, "agency"),
            text(o, "published").flatMap(StatedTime::parse),
            text(o, "modified").flatMap(StatedTime::parse),
            dateline,
            text(o, "editor"),
            strings(o.path("authors")),
            text(o, "language"),
            text(o, "summary"),
            strings(o.path("captions")),
            body.isEmpty() ? List.of() : List.of(body.split("\n\n")),
            removed,
            strings(o.path("warnings")),
            comments(o.path("comments")));
    try {
      return new AnnotatedArticle(
          article,
          text(o, "story"),
          List.of(MAPPER.treeToValue(o.path("actors").isArray() ? o.path("actors") : MAPPER.createArrayNode(), Actor[].class)),
          List.of(MAPPER.treeToValue(o.path("statements").isArray() ? o.path("statements") : MAPPER.createArrayNode(), Statement[].class)),
          List.of(MAPPER.treeToValue(o.path("engagements").isArray() ? o.path("engagements") : MAPPER.createArrayNode(), Engagement[].class)),
          List.of(MAPPER.treeToValue(o.path("events").isArray() ? o.path("events") : MAPPER.createArrayNode(), Event[].class)),
          strings(o.path("topics")));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad annotations: " + e.getOriginalMessage(), e);
    }
  }

  private static List<Comment> comments(JsonNode a) {
    List<Comment> out = new ArrayList<>();
    for (JsonNode c : a) {
      String t = c.path("text").asText("");
      if (!t.isBlank()) {
        out.add(new Comment(text(c, "author"), text(c, "date").flatMap(StatedTime::parse), t));
      }
    }
    return out;
  }

  private static Optional<String> text(JsonNode o, String key) {
    JsonNode v = o.get(key);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }
}
