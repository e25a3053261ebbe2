package dev.readout.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in JSON-LD ({@code <script type="application/ld+json">}): the
 * object whose {@code @type} names an article kind, found through arrays, {@code @graph} and
 * {@code mainEntity}. Broken JSON is common; it is read leniently, and when it still fails, the
 * few fields we need are taken from the tokens Jackson's streaming parser reads before the error.
 * Never a regular expression over the JSON: a long {@code articleBody} overflowed the stack of one.
 * Nesting deeper than {@value #MAX_DEPTH} is a broken script, not an article.
 */
final class JsonLd {

  /** Deeper than any real JSON-LD; the tree reader and {@link #collect} stay far from the stack's end. */
  static final int MAX_DEPTH = 200;

  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                  .build())
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();

  /** The fields read from JSON that does not parse, when they come before the error. */
  private static final List<String> SALVAGED = List.of("headline", "datePublished", "dateModified", "articleBody");

  /** What the page's JSON-LD says about its article; empty fields when it says nothing. */
  record Article(
      Optional<String> headline,
      Optional<String> published,
      Optional<String> modified,
      Optional<String> body,
      List<String> authors,
      Optional<String> publisher,
      Optional<String> language,
      Optional<String> url) {

    static final Article NONE =
        new Article(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private JsonLd() {}

  static Article read(List<Element> scripts) {
    List<JsonNode> objects = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    for (Element s : scripts) {
      String json = s.data().strip();
      if (json.isEmpty()) {
        continue;
      }
      try {
        collect(JSON.readTree(json), objects, 0);
      } catch (Exception e) {
        broken.add(json);
      }
    }
    JsonNode best = null;
    int bestRank = 0;
    for (JsonNode o : objects) {
      int rank = rank(o);
      if (rank > bestRank) {
        best = o;
        bestRank = rank;
      }
    }
    if (best != null) {
      return of(best);
    }
    return broken.isEmpty() ? Article.NONE : salvage(broken);
  }

  private static void collect(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 6) {
      return;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        collect(c, out, depth + 1);
      }
    } else if (n.isObject()) {
      if (n.has("@type")) {
        out.add(n);
      }
      collect(n.get("@graph"), out, depth + 1);
      collect(n.get("mainEntity"), out, depth + 1);
    }
  }

  private static int rank(JsonNode o) {
    String type = o.get("@type").toString();
    if (type.contains("NewsArticle") || type.contains("Report") || type.contains("BlogPosting")) {
      return 4;
    }
    if (type.contains("Article") || type.contains("Posting")) {
      return 3;
    }
    if (type.contains("WebPage") && (o.has("datePublished") || o.has("headline"))) {
      return 1;
    }
    return 0;
  }

  private static Article of(JsonNode o) {
    return new Article(
        text(o, "headline").or(() -> text(o, "name")),
        text(o, "datePublished").or(() -> text(o, "dateCreated")),
        text(o, "dateModified"),
        text(o, "articleBody"),
        names(o.get("author")),
        Optional.ofNullable(o.get("publisher")).flatMap(p -> p.isObject() ? text(p, "name") : nonEmpty(p.asText())),
        text(o, "inLanguage"),
        text(o, "url"));
  }

  private static List<String> names(JsonNode a) {
    List<String> out = new ArrayList<>();
    if (a == null) {
      return out;
    }
    if (a.isArray()) {
      for (JsonNode c : a) {
        out.addAll(names(c));
      }
    } else if (a.isTextual()) {
      out.add(a.asText());
    } else if (a.isObject()) {
      String type = a.has("@type") ? a.get("@type").toString() : "";
      if (!type.contains("Organization")) {
        text(a, "name").ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<String> text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v.isArray() && v.size() > 0) {
      v = v.get(0);
    }
    return v.isValueNode() ? nonEmpty(v.asText()) : Optional.empty();
  }

  private static Optional<String> nonEmpty(String s) {
    String t = s.strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /**
   * The first string value of each {@link #SALVAGED} field in scripts that do not parse: the field
   * name is found by plain search, and Jackson reads the one value after its colon, so the break
   * may lie before or after it.
   */
  private static Article salvage(List<String> broken) {
    Map<String, String> found = new HashMap<>();
    for (String json : broken) {
      char[] chars = json.toCharArray();
      for (String name : SALVAGED) {
        if (!found.containsKey(name)) {
          value(chars, json, name).ifPresent(v -> found.put(name, v));
        }
      }
    }
    return new Article(
        field(found, "headline"), field(found, "datePublished"), field(found, "dateModified"),
        field(found, "articleBody"), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static Optional<String> value(char[] chars, String json, String name) {
    String key = "\"" + name + "\"";
    for (int at = json.indexOf(key); at >= 0; at = json.indexOf(key, at + 1)) {
      int i = at + key.length();
      while (i < chars.length && Character.isWhitespace(chars[i])) {
        i++;
      }
      if (i == chars.length || chars[i] != ':') {
        continue;
      }
      try (JsonParser p = JSON.createParser(chars, i + 1, chars.length - i - 1)) {
        if (p.nextToken() == JsonToken.VALUE_STRING) {
          return Optional.of(p.getText());
        }
      } catch (IOException e) {
        // this occurrence's value is broken too: try the next one
      }
    }
    return Optional.empty();
  }

  private static Optional<String> field(Map<String, String> found, String name) {
    return Optional.ofNullable(found.get(name)).flatMap(JsonLd::nonEmpty);
  }
}
