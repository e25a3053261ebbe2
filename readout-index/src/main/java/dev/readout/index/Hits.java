package dev.readout.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Builds hits from stored JSON. */
final class Hits {

  static final int SNIPPET = 280;

  private Hits() {}

  static ArticleHit article(JsonNode a, String query) {
    return new ArticleHit(
        a.path("id").asText(),
        text(a, "title"),
        text(a, "published"),
        text(a, "outlet"),
        text(a, "story"),
        snippet(a.path("body").asText(""), query));
  }

  static StatementHit statement(JsonNode o) {
    JsonNode s = o.path("record");
    List<String> topics = new ArrayList<>();
    s.path("topics").forEach(t -> topics.add(t.asText()));
    return new StatementHit(
        o.path("article").asText() + "#" + o.path("index").asInt(),
        s.path("speaker").asText(),
        s.path("speaker_id").asText(),
        s.path("sentence").asText(),
        s.path("content").asText(),
        s.path("cue").asText(),
        text(s, "date").or(() -> text(o, "published").map(p -> p.substring(0, Math.min(10, p.length())))),
        topics,
        o.path("article").asText(),
        text(o, "title"),
        text(o, "outlet"));
  }

  /** The first paragraph that holds a query word (else the first), cut at a word near {@value #SNIPPET} chars. */
  static String snippet(String body, String query) {
    String[] paragraphs = body.split("\n\n");
    String pick = paragraphs[0];
    List<String> words = new ArrayList<>();
    for (String w : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1) {
        words.add(w);
      }
    }
    search:
    for (String p : paragraphs) {
      String lower = p.toLowerCase(Locale.ROOT);
      for (String w : words) {
        if (lower.contains(w)) {
          pick = p;
          break search;
        }
      }
    }
    if (pick.length() <= SNIPPET) {
      return pick;
    }
    int cut = pick.lastIndexOf(' ', SNIPPET);
    return pick.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET) + " …";
  }

  static Optional<String> text(JsonNode o, String key) {
    JsonNode v = o.get(key);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }
}
