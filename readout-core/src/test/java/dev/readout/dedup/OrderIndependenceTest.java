package dev.readout.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The same articles in any order give the same stories with the same ids. */
class OrderIndependenceTest {

  private static final long SEED = Long.getLong("dedup.seed", System.nanoTime());

  @Test
  void shuffledInputGivesTheSamePartitionAndIds() {
    System.out.println("OrderIndependenceTest seed " + SEED + " (replay with -Ddedup.seed=" + SEED + ")");
    SplittableRandom random = new SplittableRandom(SEED);
    List<Article> articles = corpus(random);
    Map<String, String> first = storyIds(articles);
    assertThat(first.values().stream().distinct().count()).as("seed %d", SEED).isLessThan(articles.size());
    for (int round = 0; round < 5; round++) {
      List<Article> shuffled = new ArrayList<>(articles);
      Collections.shuffle(shuffled, new Random(random.nextLong()));
      assertThat(storyIds(shuffled)).as("seed %d, round %d", SEED, round).isEqualTo(first);
    }
  }

  @Test
  void relabelledNamesEveryEarlierArticleWhoseStoryIdChanged() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    List<Article> articles = corpus(random);
    List<Article> shuffled = new ArrayList<>(articles);
    Collections.shuffle(shuffled, new Random(random.nextLong()));
    Map<String, String> stored = new TreeMap<>();
    try (StoryIndex index = StoryIndex.inMemory()) {
      for (Article a : shuffled) {
        StoryAssignment s = index.add(a);
        stored.put(a.id(), s.storyId());
        s.relabelled().forEach(id -> stored.put(id, s.storyId()));
      }
      for (Article a : articles) {
        assertThat(stored.get(a.id())).as("seed %d, %s", SEED, a.id()).isEqualTo(index.storyOf(a.id()).orElseThrow());
      }
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, String> storyIds(List<Article> articles) {
    try (StoryIndex index = StoryIndex.inMemory()) {
      index.addAll(articles);
      Map<String, String> out = new TreeMap<>();
      articles.forEach(a -> out.put(a.id(), index.storyOf(a.id()).orElseThrow()));
      return out;
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  // Random texts, each with a few trimmed and re-wrapped copies, some sharing a boilerplate line.
  static List<Article> corpus(SplittableRandom random) {
    List<Article> out = new ArrayList<>();
    String footer = "Copyright 2021 The Example Daily. All rights reserved. Follow us for the latest news and analysis.";
    for (int s = 0; s < 40; s++) {
      List<String> body = new ArrayList<>();
      for (int p = 0; p < 4 + random.nextInt(8); p++) {
        body.add(sentence(random, 15 + random.nextInt(30)));
      }
      int copies = random.nextInt(4);
      for (int c = 0; c <= copies; c++) {
        List<String> copy = new ArrayList<>(body.subList(0, Math.max(2, body.size() - random.nextInt(body.size()))));
        if (random.nextBoolean()) {
          copy.add(footer);
        }
        String id = String.format(java.util.Locale.ROOT, "%08x", random.nextInt());
        out.add(TestArticles.article(id, copy, LocalDate.of(2021, 2, 4).plusDays(random.nextInt(3)), "Outlet " + c));
      }
    }
    return out;
  }

  static String sentence(SplittableRandom random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      if (random.nextInt(12) == 0) {
        sb.append(' ').append(random.nextInt(1000));
      }
    }
    return sb.append('.').toString();
  }

  private static final String[] WORDS = (
      "the of and to in a is that for on said with as was by at from minister government talks "
          + "president trade market report week year officials new two china russia agreement cooperation "
          + "strategic partnership economy growth security council meeting visit foreign policy bank rate "
          + "percent shares rose fell company profit quarter analysts expected statement according people")
      .split(" ");
}
