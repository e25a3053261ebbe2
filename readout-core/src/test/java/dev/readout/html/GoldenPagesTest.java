package dev.readout.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.golden.Golden;
import dev.readout.json.ArticleJson;
import dev.readout.model.Draft;
import dev.readout.model.Removed;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden pages: news, blogs, wire copy, comments, related links, a table, and Chinese, Japanese,
 * Korean, German and Russian pages (origins in {@code golden/html/SOURCES.md}). Each extraction
 * must equal the reviewed {@code expected.json}, comments included, and no comment may stand in the
 * body; a case without a {@code url} file is extracted without an address; run with {@code -Dreadout.golden.update=true} to rewrite
 * them on purpose, then review the diff.
 */
class GoldenPagesTest {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Comments whose whole text is the article's own (known, by case): on Kinja a reader replies to
   * a highlighted passage, and the reply shows the passage, here the article's heading.
   */
  private static final Map<String, String> QUOTING_COMMENTS =
      Map.of("comments-discussion-kinja", "Make a List of Everything You Own and Do Some Decluttering");

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path root = Path.of(GoldenPagesTest.class.getResource("/golden/html").toURI());
    return Files.list(root).filter(Files::isDirectory).sorted();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void extractionMatchesReviewedOutput(Path dir) throws IOException {
    String html;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("input.html.gz")))) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path urlFile = dir.resolve("url");
    Optional<URI> url = Files.exists(urlFile) ? Optional.of(URI.create(Files.readString(urlFile).strip())) : Optional.empty();
    Draft draft = HtmlArticles.extract(html, url);
    String actual = render(draft);
    Path expected = source(dir).resolve("expected.json");
    assertThat(actual).isEqualTo(Golden.expected(expected, actual));
    assertThat(draft.paragraphs()).isNotEmpty();
    String body = String.join("\n", draft.paragraphs());
    String quoted = QUOTING_COMMENTS.getOrDefault(dir.getFileName().toString(), "");
    assertThat(draft.comments()).as("comments in the body")
        .noneMatch(c -> c.text().length() >= 40 && body.contains(c.text()) && !c.text().equals(quoted));
  }

  /** The case folder under src/test/resources, so updates land in the sources, not in target/. */
  private static Path source(Path dir) {
    Path src = Path.of("src/test/resources/golden/html").resolve(dir.getFileName().toString());
    return Files.isDirectory(src) ? src : dir;
  }

  private static String render(Draft d) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("title", d.title().orElse(null));
    ObjectNode tags = o.putObject("tags");
    new TreeMap<>(d.tags()).forEach((k, v) -> {
      if (!k.equals(Draft.Tag.DESCRIPTION)) {
        ArrayNode a = tags.putArray(k);
        v.forEach(a::add);
      }
    });
    ArrayNode paragraphs = o.putArray("paragraphs");
    d.paragraphs().forEach(paragraphs::add);
    ArrayNode captions = o.putArray("captions");
    d.captions().forEach(captions::add);
    Map<String, Integer> reasons = new TreeMap<>();
    for (Removed r : d.removed()) {
      reasons.merge(r.reason(), 1, Integer::sum);
    }
    o.putPOJO("removedByReason", reasons);
    o.set("comments", ArticleJson.comments(d.comments()));
    return JSON.writeValueAsString(o) + "\n";
  }

  static List<String> names() throws IOException, URISyntaxException {
    return cases().map(p -> p.getFileName().toString()).toList();
  }
}
