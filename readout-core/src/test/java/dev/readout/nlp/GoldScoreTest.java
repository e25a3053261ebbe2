package dev.readout.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Engagement;
import dev.readout.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the annotator against {@code golden/nlp/gold.json} with the matching rules of the shared
 * seed scorer: a statement is right when its speaker and the opening of its sentence agree; an
 * engagement when its type agrees, its participants include the gold ones, and date and place
 * agree where the gold states them.
 */
class GoldScoreTest {

  record Score(int goldHit, int gold, int outRight, int out) {
    double recall() {
      return gold == 0 ? 1 : (double) goldHit / gold;
    }

    double precision() {
      return out == 0 ? 1 : (double) outRight / out;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(Score o) {
      return new Score(goldHit + o.goldHit, gold + o.gold, outRight + o.outRight, out + o.out);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.3f (%d/%d) R %.3f (%d/%d) F1 %.3f",
          precision(), outRight, out, recall(), goldHit, gold, f1());
    }
  }

  private static JsonNode cases;

  @BeforeAll
  static void load() throws IOException {
    cases = new ObjectMapper().readTree(
        Files.readString(AnnotatorGoldenTest.ROOT.resolve("gold.json"), StandardCharsets.UTF_8)).path("cases");
  }

  @Test
  void seedStatementsAndEngagementsReachTheTargets() throws IOException {
    Score[] s = score("seed-");
    System.out.println("seeds statements " + s[0] + "; engagements " + s[1]);
    assertThat(s[0].f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(s[1].precision()).isGreaterThanOrEqualTo(0.90);
    assertThat(s[1].recall()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void reutersDiplomaticStoriesKeepTheirScores() throws IOException {
    Score[] s = score("reuters-");
    System.out.println("reuters statements " + s[0] + "; engagements " + s[1]);
    assertThat(s[0].precision()).isGreaterThanOrEqualTo(0.85);
    assertThat(s[0].recall()).isGreaterThanOrEqualTo(0.70);
    // A floor, not a target: these eight stories' engagement labels predate the guidelines (planned
    // meetings left out, talks as meetings); the measure of engagements is the NLP gold's test half
    // (docs/quality.md, "NLP gold"). The frame-based finder of issue 14 keeps 6 of 11 here.
    assertThat(s[1].precision()).isGreaterThanOrEqualTo(0.50);
    assertThat(s[1].recall()).isGreaterThanOrEqualTo(0.50);
  }

  private static Score[] score(String prefix) throws IOException {
    Score st = new Score(0, 0, 0, 0);
    Score en = new Score(0, 0, 0, 0);
    for (Iterator<Map.Entry<String, JsonNode>> it = cases.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> c = it.next();
      if (!c.getKey().startsWith(prefix)) {
        continue;
      }
      AnnotatedArticle a = AnnotatorGoldenTest.annotate(AnnotatorGoldenTest.ROOT.resolve(c.getKey()));
      st = st.plus(statements(c.getValue().path("statements"), a.statements()));
      en = en.plus(engagements(c.getValue().path("engagements"), a.engagements()));
    }
    return new Score[] {st, en};
  }

  private static Score statements(JsonNode gold, List<Statement> out) {
    int hit = 0;
    for (JsonNode g : gold) {
      if (out.stream().anyMatch(s -> matches(s, g))) {
        hit++;
      }
    }
    int right = (int) out.stream().filter(s -> anyMatch(gold, g -> matches(s, g))).count();
    return new Score(hit, gold.size(), right, out.size());
  }

  private static boolean matches(Statement s, JsonNode g) {
    return oneOf(g.get(0), s.speaker()) && norm(s.sentence()).startsWith(norm(g.get(1).asText()));
  }

  private static Score engagements(JsonNode gold, List<Engagement> out) {
    int hit = 0;
    for (JsonNode g : gold) {
      if (out.stream().anyMatch(e -> matches(e, g))) {
        hit++;
      }
    }
    int right = (int) out.stream().filter(e -> anyMatch(gold, g -> matches(e, g))).count();
    return new Score(hit, gold.size(), right, out.size());
  }

  private static boolean matches(Engagement e, JsonNode g) {
    if (!e.type().json().equals(g.path("type").asText())) {
      return false;
    }
    for (JsonNode p : g.path("participants")) {
      if (e.participants().stream().noneMatch(x -> oneOf(p, x))) {
        return false;
      }
    }
    JsonNode date = g.path("date");
    JsonNode place = g.path("place");
    return (date.isNull() || e.date().map(d -> d.toString().equals(date.asText())).orElse(false))
        && (place.isNull() || e.place().map(p -> norm(p).equals(norm(place.asText()))).orElse(false));
  }

  private static boolean oneOf(JsonNode want, String got) {
    List<String> alternatives = new ArrayList<>();
    if (want.isArray()) {
      want.forEach(w -> alternatives.add(w.asText()));
    } else {
      alternatives.add(want.asText());
    }
    return alternatives.stream().anyMatch(w -> norm(w).equals(norm(got)));
  }

  private static boolean anyMatch(JsonNode array, java.util.function.Predicate<JsonNode> p) {
    for (JsonNode n : array) {
      if (p.test(n)) {
        return true;
      }
    }
    return false;
  }

  private static String norm(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replace('’', '\'').replaceAll("\\s+", " ")
        .strip().toLowerCase(Locale.ROOT);
  }
}
