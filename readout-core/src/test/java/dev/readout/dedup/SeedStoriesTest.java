package dev.readout.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The founding pages: 000 and 001 are one story, the lookalikes 002 and 004 are not. */
class SeedStoriesTest {

  // From shared/corpus/seeds/gold.json: file, body_starts, body_ends, published.
  private static final String[][] SEEDS = {
    {"000_038bbfdc46c4fe31.txt", "China and Russia said Thursday that the principle of non-interference",
      "such as relations with the United States, and reached new consensus.", "2021-02-05"},
    {"001_9cd93b31e4a1153a.txt", "China and Russia said Thursday that the principle of non-interference",
      "such as relations with the United States, and reached new consensus.", "2021-02-05"},
    {"002_5fe7fededd3e81d6.txt", "China and Russia will strengthen cooperation in supporting international anti-pandemic cooperation",
      "to the cause of human peace and development, Wang said.", "2020-09-17"},
    {"003_fcd27fd1893e7811.txt", "Chinese President Xi Jinping said Monday that China is ready to work with Russia",
      "forge a solid shield to safeguard international fairness and justice, Xi said.", "2020-12-29"},
    {"004_b9fb024020862bbd.txt", "Chinese State Councilor and Foreign Minister Wang Yi and Russian Foreign Minister Sergei Lavrov made a common commitment",
      "and increase coordination and cooperation in Asia-Pacific affairs.", "2021-09-17"},
  };

  @Test
  void cleanBodiesGroupTheCopiesAndKeepLookalikesApart() throws IOException {
    assertGrouping(true);
  }

  @Test
  void boilerplateLeftInTheBodyChangesNothing() throws IOException {
    assertGrouping(false);
  }

  @Test
  void theCanonicalCopyIsTheMostCompleteAndMembersShowWhatTheyCut() throws IOException {
    List<Article> seeds = seeds(true);
    List<String> shorter = seeds.get(1).paragraphs().subList(0, 6);
    Article trimmed = TestArticles.article("t", shorter, LocalDate.parse("2021-02-06"), "Trimmer");
    try (StoryIndex index = StoryIndex.inMemory()) {
      index.add(trimmed);
      seeds.forEach(index::add);
      Story story = index.story(index.storyOf("000").orElseThrow()).orElseThrow();
      assertThat(story.members()).extracting(StoryMember::articleId).containsExactlyInAnyOrder("000", "001", "t");
      assertThat(story.canonical()).isNotEqualTo("t");
      StoryMember t = story.members().stream().filter(m -> m.articleId().equals("t")).findFirst().orElseThrow();
      assertThat(t.cut()).hasSize(seeds.get(Integer.parseInt(story.canonical())).paragraphs().size() - 6);
      assertThat(t.added()).isEmpty();
      assertThat(t.similarity()).isGreaterThan(0.8);
      assertThat(story.outlets()).contains("Trimmer");
    }
  }

  private static void assertGrouping(boolean clean) throws IOException {
    try (StoryIndex index = StoryIndex.inMemory()) {
      for (Article a : seeds(clean)) {
        index.add(a);
      }
      assertThat(index.storyOf("001")).isEqualTo(index.storyOf("000"));
      assertThat(index.storyOf("000")).contains("s000");
      assertThat(List.of("000", "002", "003", "004")).map(id -> index.storyOf(id).orElseThrow()).doesNotHaveDuplicates();
      assertThat(index.stories()).hasSize(4);
    }
  }

  /** The five seeds as articles: the gold body only, or every line of the page. */
  static List<Article> seeds(boolean clean) throws IOException {
    return Arrays.stream(SEEDS).map(s -> seed(s, clean)).toList();
  }

  private static Article seed(String[] s, boolean clean) {
    String text = read(s[0]);
    if (clean) {
      int from = text.indexOf(s[1]);
      int to = text.indexOf(s[2]) + s[2].length();
      assertThat(from).as(s[0]).isNotNegative();
      assertThat(to).as(s[0]).isGreaterThan(from);
      text = text.substring(from, to);
    }
    List<String> paragraphs = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    return TestArticles.article(s[0].substring(0, 3), paragraphs, LocalDate.parse(s[3]), null);
  }

  private static String read(String file) {
    try (InputStream in = SeedStoriesTest.class.getResourceAsStream("/dedup/seeds/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(file, e);
    }
  }
}
