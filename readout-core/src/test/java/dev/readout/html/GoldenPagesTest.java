package dev.readout.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.golden.Golden;
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
 * must equal the reviewed {@code expected.json}; run with {@code -Dreadout.golden.update=true} to rewrite
 * them on purpose, then review the diff.
 */
class GoldenPagesTest {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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
    URI url = URI.create(Files.readString(dir.resolve("url")).strip());
    String actual = render(HtmlArticles.extract(html, Optional.of(url)));
    Path expected = source(dir).resolve("expected.json");
    assertThat(actual).isEqualTo(Golden.expected(expected, actual));
    assertThat(JSON.readTree(actual).get("paragraphs")).isNotEmpty();
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
    return JSON.writeValueAsString(o) + "\n";
  }

  static List<String> names() throws IOException, URISyntaxException {
    return cases().map(p -> p.getFileName().toString()).toList();
  }
}
