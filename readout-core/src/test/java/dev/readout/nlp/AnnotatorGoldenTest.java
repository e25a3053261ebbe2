package dev.readout.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.golden.Golden;
import dev.readout.json.ArticleJson;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Engagement;
import dev.readout.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: {@code golden/nlp/<case>/input.json} (an article record) against
 * {@code expected.json} (statements, engagements and topics in short form). Regenerate on purpose
 * with {@code -Dreadout.golden.update=true}, then review the diff.
 */
class AnnotatorGoldenTest {

  static final Path ROOT = Path.of("src/test/resources/golden/nlp");
  private static final Annotator ANNOTATOR = new Annotator();
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s.filter(p -> Files.exists(p.resolve("input.json"))).sorted().toList().stream();
    }
  }

  static AnnotatedArticle annotate(Path dir) throws IOException {
    String input = Files.readString(dir.resolve("input.json"), StandardCharsets.UTF_8);
    return ANNOTATOR.annotate(ArticleJson.read(input).article());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(Path dir) throws IOException {
    JsonNode got = summary(annotate(dir));
    Path expected = dir.resolve("expected.json");
    String want = Golden.expected(expected, JSON.writeValueAsString(got) + "\n");
    assertThat(JSON.writeValueAsString(got)).isEqualTo(JSON.writeValueAsString(JSON.readTree(want)));
  }

  /** The parts a reviewer checks: who said what (sentence opening), who met whom, when, where. */
  static JsonNode summary(AnnotatedArticle a) {
    ObjectNode o = JSON.createObjectNode();
    ArrayNode statements = o.putArray("statements");
    for (Statement s : a.statements()) {
      statements.addObject()
          .put("speaker", s.speaker())
          .put("source", s.sourceSpan().text())
          .put("cue", s.cue())
          .put("mode", s.mode().name().toLowerCase(java.util.Locale.ROOT))
          .put("sentence", s.sentence().substring(0, Math.min(70, s.sentence().length())))
          .put("content", s.content().substring(0, Math.min(70, s.content().length())));
    }
    ArrayNode engagements = o.putArray("engagements");
    for (Engagement e : a.engagements()) {
      ObjectNode x = engagements.addObject().put("type", e.type().json()).put("cameo", e.cameo());
      strings(x.putArray("participants"), e.participants());
      x.put("date", e.date().map(Object::toString).orElse(null)).put("place", e.place().orElse(null)).put("caption", e.fromCaption());
    }
    strings(o.putArray("topics"), a.topics());
    return o;
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }
}
