package dev.readout.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.json.ArticleJson;
import dev.readout.model.Draft;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes drafts as JSON Lines in the shape the reference scorers read: {@code source},
 * {@code title}, {@code published}, {@code authors}, {@code body}, and {@code comments}. A no-op
 * when no path is given.
 */
final class Outputs implements Closeable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final BufferedWriter out;

  Outputs(Path path) throws IOException {
    this.out = path == null ? null : Files.newBufferedWriter(path, StandardCharsets.UTF_8);
  }

  void write(String source, Draft d) throws IOException {
    if (out == null) {
      return;
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("source", source);
    o.put("title", Drafts.title(d));
    o.put("published", Drafts.first(d, Draft.Tag.PUBLISHED));
    o.put("modified", Drafts.first(d, Draft.Tag.MODIFIED));
    o.putPOJO("authors", Drafts.all(d, Draft.Tag.AUTHOR));
    o.put("outlet", Drafts.first(d, Draft.Tag.SITE_NAME));
    o.put("body", Drafts.body(d));
    o.set("comments", ArticleJson.comments(d.comments()));
    out.write(JSON.writeValueAsString(o));
    out.newLine();
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
    }
  }

  /** What the metadata stage will read from a draft, as the contract states it. */
  static final class Drafts {
    private Drafts() {}

    static String title(Draft d) {
      return d.tags().getOrDefault(Draft.Tag.TITLE, List.of()).stream().findFirst().orElse(d.title().orElse(""));
    }

    static String first(Draft d, String tag) {
      return d.tags().getOrDefault(tag, List.of()).stream().findFirst().orElse("");
    }

    static List<String> all(Draft d, String tag) {
      return d.tags().getOrDefault(tag, List.of());
    }

    static String body(Draft d) {
      return String.join("\n\n", d.paragraphs());
    }

    /** The body, then each comment's text as a paragraph of its own. */
    static String bodyAndComments(Draft d) {
      StringBuilder b = new StringBuilder(body(d));
      d.comments().forEach(c -> b.append(b.length() == 0 ? "" : "\n\n").append(c.text()));
      return b.toString();
    }
  }
}
