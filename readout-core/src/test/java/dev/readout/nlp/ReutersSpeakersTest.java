package dev.readout.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.json.ArticleJson;
import dev.readout.model.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A random sample of 50 statements from Reuters-21578 stories about governments, each with the
 * speaker a person chose after reading the story ({@code golden/nlp/reuters-speakers/checked.tsv};
 * how it was drawn is in the README beside it). The annotator must name the right speaker for at
 * least 90% of them. A statement is found by the opening words of its sentence; one that is no
 * longer found counts as wrong.
 */
class ReutersSpeakersTest {

  static final Path DIR = AnnotatorGoldenTest.ROOT.resolve("reuters-speakers");
  private static final double TARGET = 0.90;
  private static final Annotator ANNOTATOR = new Annotator();

  /** One row of {@code checked.tsv}; {@code expected} holds the accepted spellings of one speaker. */
  record Checked(
      String newid, String sentenceStart, List<String> expected, String atCheck, String verdict, String note) {
    Checked {
      expected = List.copyOf(expected);
    }

    static Checked parse(String line) {
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        throw new IllegalArgumentException("checked.tsv row needs 6 columns: " + line);
      }
      return new Checked(f[0], f[1], Arrays.asList(f[2].split("\\|")), f[3], f[4], f[5]);
    }

    boolean accepts(String speaker) {
      return expected.stream().anyMatch(e -> norm(e).equals(norm(speaker)));
    }

    @Override
    public String toString() {
      return newid + " \"" + sentenceStart + "\" expected " + String.join(" | ", expected);
    }
  }

  private static List<Checked> rows;
  private static Map<String, List<Statement>> statements;

  @BeforeAll
  static void annotateStories() throws IOException {
    List<String> lines = Files.readAllLines(DIR.resolve("checked.tsv"), StandardCharsets.UTF_8);
    rows = lines.stream().skip(1).filter(l -> !l.isBlank()).map(Checked::parse).toList();
    statements = new HashMap<>();
    for (Checked c : rows) {
      if (!statements.containsKey(c.newid())) {
        String json = Files.readString(DIR.resolve("stories/" + c.newid() + ".json"), StandardCharsets.UTF_8);
        statements.put(c.newid(), ANNOTATOR.annotate(ArticleJson.read(json).article()).statements());
      }
    }
  }

  @Test
  void atLeastNinetyPercentOfCheckedStatementsHaveTheRightSpeaker() {
    List<String> wrong = new ArrayList<>();
    for (Checked c : rows) {
      Optional<String> miss = miss(c, statements.get(c.newid()));
      miss.ifPresent(m -> wrong.add(c + "; " + m));
    }
    int right = rows.size() - wrong.size();
    double score = (double) right / rows.size();
    System.out.printf(Locale.ROOT, "reuters speakers: %d/%d right (%.2f, target %.2f)%n",
        right, rows.size(), score, TARGET);
    wrong.forEach(w -> System.out.println("  wrong: " + w));
    assertThat(score).as("share of checked Reuters statements with the right speaker; wrong ones:%n%s",
        String.join("\n", wrong)).isGreaterThanOrEqualTo(TARGET);
  }

  @Test
  void checkedListIsTheFiftyStatementSampleWithConsistentVerdicts() {
    assertThat(rows).hasSize(50);
    for (Checked c : rows) {
      assertThat(c.verdict()).as("verdict of %s", c).isIn("right", "wrong");
      assertThat(c.accepts(c.atCheck())).as("verdict of %s against '%s'", c, c.atCheck())
          .isEqualTo(c.verdict().equals("right"));
      assertThat(c.note().isEmpty()).as("a wrong verdict carries a note: %s", c)
          .isEqualTo(c.verdict().equals("right"));
    }
  }

  @Test
  void statementThatIsNoLongerFoundCountsAsWrong() {
    Checked c = Checked.parse("1\tNo such sentence opens here\tSomeone\tSomeone\tright\t");
    assertThat(miss(c, statements.values().iterator().next()))
        .hasValueSatisfying(m -> assertThat(m).contains("not found"));
  }

  @Test
  void speakersCompareWithoutCaseSpacingOrAccents() {
    Checked c = Checked.parse("1\tx\tRené  Géronimus|Other\tx\tright\t");
    assertThat(c.accepts("rene geronimus")).isTrue();
    assertThat(c.accepts("Geronimus")).isFalse();
  }

  /** Why the checked statement is wrong now; empty when a statement of its sentence has the right speaker. */
  private static Optional<String> miss(Checked c, List<Statement> found) {
    List<Statement> inSentence =
        found.stream().filter(s -> norm(s.sentence()).startsWith(norm(c.sentenceStart()))).toList();
    if (inSentence.isEmpty()) {
      return Optional.of("statement not found");
    }
    if (inSentence.stream().anyMatch(s -> c.accepts(s.speaker()))) {
      return Optional.empty();
    }
    return Optional.of("got " + inSentence.stream().map(Statement::speaker).toList()
        + (c.note().isEmpty() ? "" : " (at check: " + c.note() + ")"));
  }

  /** Case, runs of whitespace, accents and typographic apostrophes do not count. */
  static String norm(String s) {
    String d = Normalizer.normalize(s.replace('\u2019', '\''), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return d.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
