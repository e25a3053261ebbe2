package dev.readout.bench.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;

/** One line of {@code stories.jsonl}: a drawn story without its text. */
record StoryEntry(
    String id,
    String source,
    String locator,
    String split,
    String title,
    Optional<String> published,
    Optional<String> dateline,
    boolean political,
    String textSha256,
    int textLength) {

  private static final ObjectMapper JSON = new ObjectMapper();

  StoryEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(dateline, "dateline");
  }

  static StoryEntry of(StoryText s, boolean political) {
    return new StoryEntry(s.id(), s.source(), s.locator(), split(s.id()), s.title(), s.published(),
        s.dateline(), political, s.sha256(), s.text().length());
  }

  /** Even CRC32 of the id's UTF-8 bytes tunes, odd tests. */
  static String split(String id) {
    CRC32 crc = new CRC32();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 2 == 0 ? "tune" : "test";
  }

  String toJson() {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", id).put("source", source).put("locator", locator).put("split", split).put("title", title);
    n.put("published", published.orElse(null)).put("dateline", dateline.orElse(null));
    n.put("political", political).put("text_sha256", textSha256).put("text_length", textLength);
    return n.toString();
  }

  static StoryEntry parse(String line) {
    try {
      JsonNode n = JSON.readTree(line);
      return new StoryEntry(n.get("id").asText(), n.get("source").asText(), n.get("locator").asText(),
          n.get("split").asText(), n.get("title").asText(), text(n.get("published")), text(n.get("dateline")),
          n.get("political").asBoolean(), n.get("text_sha256").asText(), n.get("text_length").asInt());
    } catch (Exception e) {
      throw new IllegalArgumentException("not a stories.jsonl line: " + line, e);
    }
  }

  private static Optional<String> text(JsonNode n) {
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
  }
}
