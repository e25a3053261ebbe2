package dev.readout.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.Readout;
import dev.readout.json.ArticleJson;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Input;
import dev.readout.model.RawDocument;
import dev.readout.read.DocumentReader;
import dev.readout.read.Sources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for extraction: {@code golden/extract/<case>/input.*} read and extracted as the
 * CLI does, compared field by field with {@code expected.json} (extraction fields only; stories
 * and annotations have their own tests). Origins are in {@code golden/extract/SOURCES.md}.
 *
 * <p>Regenerate on purpose with {@code -Dreadout.golden.update=true} ({@link Golden}), then review
 * the diff.
 */
class ExtractionGoldenTest {

  private static final Path ROOT = Path.of("src/test/resources/golden/extract");
  private static final List<String> ANNOTATIONS = List.of("story", "actors", "statements", "engagements", "events", "topics", "source");
  private static final Readout READOUT = new Readout();

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void extractionMatchesGolden(Path dir) throws IOException {
    Path input;
    try (Stream<Path> files = Files.list(dir)) {
      input = files.filter(f -> f.getFileName().toString().startsWith("input")).findFirst().orElseThrow();
    }
    ObjectNode got = extract(input);
    Path expected = dir.resolve("expected.json");
    String pretty = ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(got) + "\n";
    JsonNode want = ArticleJson.mapper().readTree(Golden.expected(expected, pretty));
    for (var it = want.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      assertThat(got.get(field)).as("%s: %s", dir.getFileName(), field).isEqualTo(want.get(field));
    }
    assertThat(got.size()).as("%s: field count", dir.getFileName()).isEqualTo(want.size());
  }

  private static ObjectNode extract(Path input) throws IOException {
    try (DocumentReader reader = Sources.open(List.of(input.toString()))) {
      for (Input in : reader) {
        if (in instanceof RawDocument doc) {
          AnnotatedArticle a = AnnotatedArticle.of(READOUT.extract(READOUT.decode(doc)));
          ObjectNode o = ArticleJson.toTree(a);
          ANNOTATIONS.forEach(o::remove);
          return o;
        }
      }
    }
    throw new AssertionError("no document in " + input);
  }
}
