package dev.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.Readout;
import dev.readout.dedup.Fingerprints;
import dev.readout.dedup.StoryConfig;
import dev.readout.dedup.StoryIndex;
import dev.readout.model.Article;
import dev.readout.model.RawDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The job's grouping steps (bucket pairs, verification, union-find), run here without Spark, give
 * the partition a single {@link StoryIndex} gives: on copies, trimmed copies and repeats of the
 * seed pages, in random order.
 */
class GroupingTest {

  private static final Readout READOUT = new Readout();

  @Test
  void distributedStepsGroupAsTheSingleIndex() throws IOException {
    long seed = System.nanoTime();
    System.out.println("GroupingTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    List<Article> articles = variants(random);
    Collections.shuffle(articles, new Random(random.nextLong()));

    StoryIndex single = StoryIndex.inMemory();
    articles.forEach(single::add);

    Fingerprints fingerprints = new Fingerprints(StoryConfig.DEFAULTS);
    Map<String, Fingerprints.Print> firsts = new HashMap<>();
    Map<Long, Fingerprints.Print> byOrdinal = new HashMap<>();
    Map<Long, List<Long>> buckets = new HashMap<>();
    for (int ord = 0; ord < articles.size(); ord++) {
      Article a = articles.get(ord);
      if (firsts.containsKey(a.id())) {
        continue;
      }
      // Through bytes, as the prints travel between partitions.
      Fingerprints.Print p = Fingerprints.Print.fromBytes(fingerprints.of(a).toBytes());
      firsts.put(a.id(), p);
      byOrdinal.put((long) ord, p);
      for (long key : Buckets.keys(p.bands())) {
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add((long) ord);
      }
    }
    Components components = new Components();
    for (List<Long> bucket : buckets.values()) {
      for (Iterator<long[]> it = Buckets.pairs(bucket.stream().mapToLong(Long::longValue).toArray(), Fingerprints.MAX_BUCKET); it.hasNext(); ) {
        long[] pair = it.next();
        Fingerprints.Print a = byOrdinal.get(pair[0]);
        Fingerprints.Print b = byOrdinal.get(pair[1]);
        if (fingerprints.sameStory(a, b)) {
          components.union(a.articleId(), b.articleId());
        }
      }
    }
    Map<String, String> grouped = components.stories();

    int inStories = 0;
    for (String id : firsts.keySet()) {
      String expected = single.storyOf(id).orElseThrow();
      assertThat(grouped.getOrDefault(id, Fingerprints.storyId(id))).as("seed %d, article %s", seed, id).isEqualTo(expected);
      inStories += grouped.containsKey(id) ? 1 : 0;
    }
    assertThat(inStories).as("copies were grouped at all").isGreaterThan(5);
    String someStory = grouped.values().iterator().next();
    List<Fingerprints.Print> members = firsts.values().stream().filter(p -> someStory.equals(grouped.get(p.articleId()))).toList();
    assertThat(Fingerprints.story(members)).isEqualTo(single.story(someStory).orElseThrow());
  }

  /** Each seed, trimmed and padded copies of it, and repeats. */
  private static List<Article> variants(SplittableRandom random) throws IOException {
    List<Article> out = new ArrayList<>();
    int n = 0;
    for (String seed : TestPages.seeds()) {
      List<String> paras = Arrays.stream(seed.split("\n\\s*\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
      for (int v = 0; v < 6; v++) {
        List<String> copy = new ArrayList<>(paras);
        int cut = random.nextInt(0, Math.max(1, copy.size() / 3));
        for (int i = 0; i < cut; i++) {
          copy.remove(copy.size() - 1);
        }
        if (random.nextBoolean()) {
          copy.add("Editor's note: this copy was carried by outlet number " + v + " with its own closing words.");
        }
        out.add(article("copy" + (n++) + ".txt", String.join("\n\n", copy)));
      }
      out.add(article("repeat" + (n++) + ".txt", seed));
    }
    return out;
  }

  private static Article article(String source, String text) {
    return READOUT.extract(READOUT.decode(RawDocument.of(source, text.getBytes(StandardCharsets.UTF_8), Optional.of("text/plain"))));
  }
}
