package dev.readout.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A body-extraction set in AEB's shape: {@code ground-truth.json} ({@code articleBody}, maybe
 * {@code url}, per page id), {@code html/<id>.html.gz}, and stored peers' outputs in
 * {@code peers/*.json} in the same shape. AEB and each {@code cleaning/<set>} are such sets.
 */
final class BodySet {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The sets under {@code cleaning/}, in the order they are reported. */
  static final List<String> CLEANING = List.of("cleaneval-dev", "cleanportaleval", "readability");

  /**
   * The sets whose gold keeps reader comments and forum replies as page content (CleanEval's
   * annotation guidelines do; AEB, CleanPortalEval and Readability's expected output do not).
   */
  private static final List<String> COMMENTS_IN_GOLD = List.of("cleaneval-dev");

  /** One page: its id, file, address, and decoded markup. */
  record Page(String id, Path file, Optional<URI> url, String html) {}

  final String name;
  /** Whether the gold holds comments, so that body and comments together are scored as well. */
  final boolean commentsInGold;
  final Map<String, String> gold = new LinkedHashMap<>();
  final List<Page> pages = new ArrayList<>();
  private final Path dir;

  BodySet(String name, Path dir) throws IOException {
    this.name = name;
    this.dir = dir;
    this.commentsInGold = COMMENTS_IN_GOLD.contains(name);
    JsonNode gt = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    Map<String, String> urls = new LinkedHashMap<>();
    gt.fields().forEachRemaining(e -> {
      gold.put(e.getKey(), e.getValue().path("articleBody").asText(""));
      urls.put(e.getKey(), e.getValue().path("url").asText(""));
    });
    for (String id : gold.keySet()) {
      Path f = dir.resolve("html").resolve(id + ".html.gz");
      if (Files.exists(f)) {
        String u = urls.get(id);
        pages.add(new Page(id, f, u.isEmpty() ? Optional.empty() : Optional.of(URI.create(u.replace(" ", "%20"))), PageFiles.read(f)));
      }
    }
  }

  /** The Article Extraction Benchmark under {@code corpus/aeb}. */
  static BodySet aeb(Path corpus) throws IOException {
    return new BodySet("aeb", corpus.resolve("aeb"));
  }

  /** One of the {@link #CLEANING} sets under {@code corpus/cleaning}. */
  static BodySet cleaning(Path corpus, String set) throws IOException {
    if (!CLEANING.contains(set)) {
      throw new IllegalArgumentException("set: want one of " + CLEANING + ", got " + set);
    }
    return new BodySet(set, corpus.resolve("cleaning").resolve(set));
  }

  /** Peer name to its bodies by page id, from {@code peers/*.json}. */
  Map<String, Map<String, String>> peers() throws IOException {
    Map<String, Map<String, String>> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("peers"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode d = JSON.readTree(f.toFile());
        if (d.has("output")) {
          d = d.get("output");
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        d.fields().forEachRemaining(e -> bodies.put(e.getKey(), e.getValue().path("articleBody").asText("")));
        String name = f.getFileName().toString();
        out.put(name.substring(0, name.length() - 5), bodies);
      }
    }
    return out;
  }
}
