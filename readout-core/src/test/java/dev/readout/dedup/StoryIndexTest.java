package dev.readout.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryIndexTest {

  private static final LocalDate DAY = LocalDate.of(2021, 2, 4);

  @Test
  void exactCopyJoinsWithSimilarityOne() throws IOException {
    List<String> body = body(1, 8);
    try (StoryIndex index = StoryIndex.inMemory()) {
      index.add(TestArticles.article("b", body, DAY, "Outlet B"));
      StoryAssignment s = index.add(TestArticles.article("a", body, DAY, "Outlet A"));
      assertThat(s.storyId()).isEqualTo("sa");
      assertThat(s.relabelled()).containsExactly("b");
      Story story = index.story("sa").orElseThrow();
      assertThat(story.members()).extracting(StoryMember::similarity).containsOnly(1.0);
      assertThat(story.outlets()).containsExactlyInAnyOrder("Outlet A", "Outlet B");
    }
  }

  @Test
  void articlesPreparedOnOtherThreadsGroupAsWhenAddedWhole() throws Exception {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      // every third article a copy of the one before it, the rest unrelated
      articles.add(TestArticles.article("p" + i, body(i % 3 == 2 ? 40 + i - 1 : 40 + i, 6), DAY, null));
    }
    try (StoryIndex whole = StoryIndex.inMemory(); StoryIndex prepared = StoryIndex.inMemory()) {
      List<StoryIndex.Prepared> prints = articles.parallelStream().map(prepared::prepare).toList();
      for (int i = 0; i < articles.size(); i++) {
        assertThat(prepared.add(prints.get(i))).isEqualTo(whole.add(articles.get(i)));
      }
      assertThat(prepared.stories()).isEqualTo(whole.stories()).hasSize(8);
      assertThat(prepared.add(prints.get(0)).relabelled()).isEmpty();
    }
  }

  @Test
  void addingTheSameIdTwiceChangesNothing() throws IOException {
    try (StoryIndex index = StoryIndex.inMemory()) {
      Article a = TestArticles.article("a", body(2, 6), DAY, null);
      index.add(a);
      assertThat(index.add(a).relabelled()).isEmpty();
      assertThat(index.size()).isEqualTo(1);
    }
  }

  @Test
  void unrelatedArticlesStayApart() throws IOException {
    try (StoryIndex index = StoryIndex.inMemory()) {
      for (int i = 0; i < 30; i++) {
        index.add(TestArticles.article("a" + i, body(100 + i, 6), DAY, null));
      }
      assertThat(index.stories()).hasSize(30);
    }
  }

  @Test
  void sameTextMonthsApartWithOtherNumbersIsAnotherStory() throws IOException {
    List<String> body = body(3, 6);
    List<String> renumbered = new ArrayList<>();
    for (String p : body) {
      renumbered.add(p.replaceAll("\\d+", "7$0"));
    }
    renumbered.addAll(body(4, 4));
    try (StoryIndex index = StoryIndex.inMemory()) {
      index.add(TestArticles.article("a", body, DAY, null));
      index.add(TestArticles.article("b", renumbered, DAY.plusDays(365), null));
      assertThat(index.storyOf("a")).isNotEqualTo(index.storyOf("b"));
    }
  }

  @Test
  void restyledDatelineDoesNotMatter() {
    Fingerprinter f = new Fingerprinter(0);
    List<String> body = body(5, 5);
    List<String> a = new ArrayList<>(body);
    List<String> b = new ArrayList<>(body);
    a.set(0, "BEIJING, Feb. 4 (Xinhua) -- " + body.get(0));
    b.set(0, "BEIJING - " + body.get(0));
    Fingerprint fa = f.of(TestArticles.article("a", a));
    Fingerprint fb = f.of(TestArticles.article("b", b));
    assertThat(fa.body).isEqualTo(fb.body);
    assertThat(fa.place).isEqualTo(fb.place).isNotZero();
  }

  @Test
  void savedIndexReopensAndKeepsGrouping(@TempDir Path dir) throws IOException {
    List<String> body = body(6, 10);
    try (StoryIndex index = StoryIndex.open(dir)) {
      index.add(TestArticles.article("b", body, DAY, "B"));
      index.add(TestArticles.article("x", body(7, 6), DAY, "X"));
    }
    assertThat(dir.resolve(StateFile.NAME)).exists();
    try (StoryIndex index = StoryIndex.open(dir)) {
      assertThat(index.size()).isEqualTo(2);
      StoryAssignment s = index.add(TestArticles.article("a", body.subList(0, 6), DAY, "A"));
      assertThat(s.storyId()).isEqualTo("sa");
      assertThat(s.relabelled()).containsExactly("b");
      assertThat(index.storyOf("x")).contains("sx");
    }
    try (StoryIndex index = StoryIndex.open(dir)) {
      assertThat(index.storyOf("b")).contains("sa");
      assertThat(index.story("sa").orElseThrow().canonical()).isEqualTo("b");
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve(StateFile.NAME));
    }
  }

  @Test
  void openRejectsOtherSettingsAndForeignFiles(@TempDir Path dir) throws IOException {
    try (StoryIndex index = StoryIndex.open(dir)) {
      index.add(TestArticles.article("a", body(8, 4), DAY, null));
    }
    assertThatThrownBy(() -> StoryIndex.open(dir, StoryConfig.DEFAULTS.compact()))
        .isInstanceOf(IllegalArgumentException.class);
    Files.writeString(dir.resolve(StateFile.NAME), "not an index at all");
    assertThatThrownBy(() -> StoryIndex.open(dir)).isInstanceOf(IOException.class);
  }

  @Test
  void configRejectsNonsense() {
    assertThatThrownBy(() -> new StoryConfig(0, 10)).hasMessageContaining("minContainment");
    assertThatThrownBy(() -> new StoryConfig(0.5, -1)).hasMessageContaining("excerptChars");
  }

  @Test
  void tokensFoldCaseTheSameUnderATurkishLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      long[] upper = new long[1];
      long[] lower = new long[1];
      Words.tokens("TITLE", 0, (h, f) -> upper[0] = h);
      Words.tokens("title", 0, (h, f) -> lower[0] = h);
      assertThat(upper[0]).isEqualTo(lower[0]);
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  private static List<String> body(long seed, int paragraphs) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < paragraphs; i++) {
      out.add(OrderIndependenceTest.sentence(random, 25));
    }
    return out;
  }
}
