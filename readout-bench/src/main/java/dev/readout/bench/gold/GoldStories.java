package dev.readout.bench.gold;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The drawn stories with their texts: reads {@code stories.jsonl}, rebuilds each text from the
 * corpus and checks it against its SHA-256, so an annotation never points into a moved text.
 */
final class GoldStories {

  static final Path DEFAULT_FILE = Path.of("readout-bench/gold/nlp/stories.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, StoryEntry> entries;
  private final Map<String, StoryText> texts;

  private GoldStories(Map<String, StoryEntry> entries, Map<String, StoryText> texts) {
    this.entries = entries;
    this.texts = texts;
  }

  static List<StoryEntry> entries(Path storiesFile) throws IOException {
    return Files.readAllLines(storiesFile, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank())
        .map(StoryEntry::parse)
        .toList();
  }

  /** Loads the entries and their texts; fails naming the story whose text no longer matches. */
  static GoldStories load(Path corpus, Path storiesFile) throws IOException {
    Map<String, StoryEntry> entries = entries(storiesFile).stream()
        .collect(Collectors.toMap(StoryEntry::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Map<String, StoryText> all = CorpusTexts.all(corpus).stream()
        .map(Candidate::story)
        .filter(s -> entries.containsKey(s.id()))
        .collect(Collectors.toMap(StoryText::id, Function.identity()));
    for (StoryEntry e : entries.values()) {
      StoryText t = all.get(e.id());
      if (t == null) {
        throw new IOException(e.id() + ": not found in " + corpus + " (" + e.locator() + ")");
      }
      if (!t.sha256().equals(e.textSha256())) {
        throw new IOException(e.id() + ": text changed, SHA-256 " + t.sha256() + " != " + e.textSha256());
      }
    }
    return new GoldStories(entries, all);
  }

  Map<String, StoryEntry> entries() {
    return entries;
  }

  StoryText text(String id) {
    return texts.get(id);
  }

  /** Writes {@code <id>.txt} (the exact text) and {@code <id>.meta.json} for every story. */
  void materialise(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (StoryEntry e : entries.values()) {
      StoryText t = texts.get(e.id());
      Files.writeString(dir.resolve(e.id() + ".txt"), t.text(), StandardCharsets.UTF_8);
      ObjectNode meta = JSON.createObjectNode();
      meta.put("id", e.id()).put("source", e.source()).put("locator", e.locator()).put("split", e.split());
      meta.put("title", e.title()).put("published", e.published().orElse(null));
      meta.put("dateline", e.dateline().orElse(null)).put("political", e.political());
      meta.put("text_sha256", e.textSha256()).put("text_length", e.textLength());
      Files.writeString(dir.resolve(e.id() + ".meta.json"),
          JSON.writerWithDefaultPrettyPrinter().writeValueAsString(meta) + "\n", StandardCharsets.UTF_8);
    }
  }
}
