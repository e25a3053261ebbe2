package dev.readout.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readout.Readout;
import dev.readout.model.Article;
import dev.readout.model.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every extraction fact that {@code seeds/gold.json} lists, checked the way the reference scorer
 * ({@code shared/eval/score_seeds.py --part facts}) checks it: NFKC, whitespace collapsed, case
 * folded; {@code published} as a prefix; list values mean any of them.
 */
class SeedFactsTest {

  /**
   * Gold fragments that cannot be honoured, with the reason. 003 asks that "LINE" (a share button)
   * not appear in the body, but the scorer matches case-insensitive substrings and the article's
   * own "Good-neighborliness" contains "line".
   */
  private static final Map<String, String> KNOWN_MISSES =
      Map.of("003_fcd27fd1893e7811.txt:LINE", "substring of the article word 'Good-neighborliness'");

  private static final Readout READOUT = new Readout();

  static Stream<JsonNode> articles() throws IOException {
    try (InputStream in = SeedFactsTest.class.getResourceAsStream("/seeds/gold.json")) {
      List<JsonNode> out = new ArrayList<>();
      new ObjectMapper().readTree(in).path("articles").forEach(out::add);
      return out.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void seedMatchesGold(JsonNode gold) throws IOException {
    String file = gold.path("file").asText();
    Article a = extract(file);
    assertOneOf(file, "title", gold.path("title"), a.title());
    assertOneOf(file, "outlet", gold.path("outlet"), a.outlet());
    assertOneOf(file, "agency", gold.path("agency"), a.agency());
    if (gold.path("published").isNull()) {
      assertThat(a.published()).as(file + " published").isEmpty();
    } else {
      assertThat(norm(a.published().map(Object::toString).orElse("")))
          .as(file + " published").startsWith(norm(gold.path("published").asText()));
    }
    assertOneOf(file, "dateline.place", gold.path("dateline").path("place"), a.dateline().place());
    assertOneOf(file, "dateline.date", gold.path("dateline").path("date"), a.dateline().isoDate());
    assertOneOf(file, "editor", gold.path("editor"), a.editor());
    String body = norm(a.body());
    assertThat(body).as(file + " body start").startsWith(norm(gold.path("body_starts").asText()));
    assertThat(body).as(file + " body end").endsWith(norm(gold.path("body_ends").asText()));
    for (JsonNode frag : gold.path("must_not_keep")) {
      if (!KNOWN_MISSES.containsKey(file + ":" + frag.asText())) {
        assertThat(body).as(file + " keeps " + frag).doesNotContain(norm(frag.asText()));
      }
    }
    String captions = norm(String.join(" | ", a.captions()));
    for (JsonNode c : gold.path("captions")) {
      assertThat(captions).as(file + " caption").contains(norm(c.asText()));
    }
    if (gold.has("summary")) {
      assertOneOf(file, "summary", gold.path("summary"), a.summary());
    }
  }

  static Article extract(String file) throws IOException {
    try (InputStream in = SeedFactsTest.class.getResourceAsStream("/seeds/" + file)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return READOUT.extract(Page.text(file, text));
    }
  }

  private static void assertOneOf(String file, String field, JsonNode want, Optional<String> got) {
    List<String> options = new ArrayList<>();
    if (want.isArray()) {
      want.forEach(w -> options.add(norm(w.asText())));
    } else if (!want.isNull() && !want.isMissingNode()) {
      options.add(norm(want.asText()));
    }
    if (options.isEmpty()) {
      assertThat(got).as(file + " " + field).isEmpty();
    } else {
      assertThat(got.map(SeedFactsTest::norm).orElse(null)).as(file + " " + field).isIn(options);
    }
  }

  static String norm(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC)
        .replace('\u2019', '\'')
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }
}
