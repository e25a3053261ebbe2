package dev.readout.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.readout.dedup.Story;
import dev.readout.dedup.StoryMember;
import dev.readout.json.ArticleJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The columns of the output tables. Articles, statements, engagements and events follow {@code
 * docs/schema.md} field for field (the article record as {@code readout extract} writes it, parsed
 * with this schema); stories and rejections are described in {@code docs/spark.md}.
 */
final class Tables {

  private static final DataType STRING = DataTypes.StringType;
  private static final DataType STRINGS = DataTypes.createArrayType(STRING, false);

  static final StructType SPAN =
      new StructType()
          .add("start", DataTypes.IntegerType)
          .add("end", DataTypes.IntegerType)
          .add("text", STRING);

  static final StructType ACTOR =
      new StructType()
          .add("id", STRING)
          .add("name", STRING)
          .add("kind", STRING)
          .add("titles", STRINGS)
          .add("country", STRING)
          .add("acronym", STRING)
          .add("mentions", array(SPAN));

  static final StructType STATEMENT =
      new StructType()
          .add("speaker", STRING)
          .add("speaker_id", STRING)
          .add("source_span", SPAN)
          .add("cue", STRING)
          .add("content", STRING)
          .add("content_span", SPAN)
          .add("sentence", STRING)
          .add("sentence_span", SPAN)
          .add("mode", STRING)
          .add("date", STRING)
          .add("topics", STRINGS);

  static final StructType PARTY =
      new StructType()
          .add("name", STRING)
          .add("id", STRING)
          .add("country", STRING)
          .add("sector", STRING);

  static final StructType ENGAGEMENT =
      new StructType()
          .add("id", STRING)
          .add("type", STRING)
          .add("cameo", STRING)
          .add("participants", STRINGS)
          .add("participant_ids", STRINGS)
          .add("event", STRING)
          .add("mode", STRING)
          .add("actors", array(PARTY))
          .add("recipients", array(PARTY))
          .add("status", STRING)
          .add("date", STRING)
          .add("date_source", STRING)
          .add("place", STRING)
          .add("place_source", STRING)
          .add("evidence", STRING)
          .add("evidence_span", SPAN)
          .add("from_caption", DataTypes.BooleanType);

  static final StructType EVENT =
      new StructType()
          .add("id", STRING)
          .add("event", STRING)
          .add("mode", STRING)
          .add("context", STRINGS)
          .add("cameo", STRING)
          .add("actors", array(PARTY))
          .add("recipients", array(PARTY))
          .add("status", STRING)
          .add("negated", DataTypes.BooleanType)
          .add("date", STRING)
          .add("date_source", STRING)
          .add("place", STRING)
          .add("place_source", STRING)
          .add("evidence_span", SPAN)
          .add("statement", DataTypes.IntegerType)
          .add("engagement", STRING);

  static final StructType ARTICLE =
      new StructType()
          .add("id", STRING)
          .add("source", STRING)
          .add("url", STRING)
          .add("title", STRING)
          .add("outlet", STRING)
          .add("agency", STRING)
          .add("published", STRING)
          .add("modified", STRING)
          .add("dateline", new StructType().add("place", STRING).add("date", STRING).add("agency", STRING))
          .add("editor", STRING)
          .add("authors", STRINGS)
          .add("language", STRING)
          .add("summary", STRING)
          .add("captions", STRINGS)
          .add("body", STRING)
          .add("removed", array(new StructType().add("text", STRING).add("reason", STRING)))
          .add("comments", array(new StructType().add("author", STRING).add("date", STRING).add("text", STRING)))
          .add("warnings", STRINGS)
          .add("story", STRING)
          .add("actors", array(ACTOR))
          .add("statements", array(STATEMENT))
          .add("engagements", array(ENGAGEMENT))
          .add("events", array(EVENT))
          .add("topics", STRINGS);

  static final StructType MEMBER =
      new StructType()
          .add("article_id", STRING, false)
          .add("source", STRING, false)
          .add("outlet", STRING)
          .add("similarity", DataTypes.DoubleType, false)
          .add("cut", STRINGS, false)
          .add("added", STRINGS, false);

  static final StructType STORY =
      new StructType()
          .add("id", STRING, false)
          .add("canonical", STRING, false)
          .add("size", DataTypes.IntegerType, false)
          .add("outlets", STRINGS, false)
          .add("agencies", STRINGS, false)
          .add("members", array(MEMBER), false);

  static final StructType REJECTED =
      new StructType()
          .add("source", STRING, false)
          .add("stage", STRING, false)
          .add("reason", STRING, false);

  private Tables() {}

  private static ArrayType array(DataType element) {
    return DataTypes.createArrayType(element, true);
  }

  /** The stories table row of a story. */
  static Row story(Story s) {
    List<Row> members = new ArrayList<>(s.members().size());
    for (StoryMember m : s.members()) {
      members.add(
          RowFactory.create(
              m.articleId(), m.source(), m.outlet().orElse(null), m.similarity(), seq(m.cut()), seq(m.added())));
    }
    return RowFactory.create(
        s.id(), s.canonical(), s.members().size(), seq(s.outlets()), seq(s.agencies()), seq(members));
  }

  /** The stories table line of a story, for JSON Lines: the columns of {@link #STORY}, in order. */
  static String storyJson(Story s) {
    StringWriter w = new StringWriter(256 + 256 * s.members().size());
    try (JsonGenerator g = ArticleJson.mapper().getFactory().createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("canonical", s.canonical());
      g.writeNumberField("size", s.members().size());
      strings(g, "outlets", s.outlets());
      strings(g, "agencies", s.agencies());
      g.writeArrayFieldStart("members");
      for (StoryMember m : s.members()) {
        g.writeStartObject();
        g.writeStringField("article_id", m.articleId());
        g.writeStringField("source", m.source());
        g.writeStringField("outlet", m.outlet().orElse(null));
        g.writeNumberField("similarity", m.similarity());
        strings(g, "cut", m.cut());
        strings(g, "added", m.added());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string writer does not fail
    }
    return w.toString();
  }

  /** The rejected table line of a failed input, for JSON Lines: the columns of {@link #REJECTED}. */
  static String rejectedJson(String source, String stage, String reason) {
    StringWriter w = new StringWriter(64 + source.length() + reason.length());
    try (JsonGenerator g = ArticleJson.mapper().getFactory().createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("source", source);
      g.writeStringField("stage", stage);
      g.writeStringField("reason", reason);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** Rows hold Scala sequences for array columns, not Java lists. */
  private static <T> Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toList();
  }
}
