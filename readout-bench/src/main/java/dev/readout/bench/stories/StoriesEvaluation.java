package dev.readout.bench.stories;

import dev.readout.dedup.StoryIndex;
import dev.readout.model.Article;
import dev.readout.model.Dateline;
import dev.readout.model.StatedTime;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Scores story grouping on the development corpora and prints a Markdown report:
 *
 * <ol>
 *   <li>the syndication set of {@link SyndicationGenerator} (copies must group, lookalikes must
 *       not), fed in a shuffled order;
 *   <li>news-cluster's real event groups, as a reference: those are articles about one event
 *       written independently, so grouping copies should score high precision and low recall.
 * </ol>
 *
 * <p>Usage: {@code StoriesEvaluation [CORPUS_DIR] [SEED]}; CORPUS_DIR defaults to {@code
 * ../shared/corpus}, SEED to 20210204.
 */
public final class StoriesEvaluation {

  private StoriesEvaluation() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20210204L;
    List<Source> newsCluster = Sources.newsCluster(corpus.resolve("news-cluster/data"));
    List<Source> reuters = Sources.reuters(corpus.resolve("reuters"));
    List<Source> chosen = SourceSelection.choose(newsCluster, reuters, 700, seed);
    List<SyndicationGenerator.Page> pages = new SyndicationGenerator(seed).generate(chosen);
    Collections.shuffle(pages, new Random(seed));
    System.out.printf(Locale.ROOT, "Syndication set, seed %d: %d sources, %d pages%n", seed, chosen.size(), pages.size());
    List<String> predicted = group(pages.stream().map(SyndicationGenerator.Page::article).toList());
    List<String> gold = pages.stream().map(SyndicationGenerator.Page::story).toList();
    print("syndication", Scores.of(predicted, gold));
    lookalikes(pages, predicted);
    misses(pages, predicted);

    List<Article> real = newsCluster.stream().map(StoriesEvaluation::asIs).toList();
    List<String> events = newsCluster.stream().map(Source::group).toList();
    System.out.printf(Locale.ROOT, "%nnews-cluster real events: %d articles%n", real.size());
    print("news-cluster events", Scores.of(group(real), events));
  }

  private static List<String> group(List<Article> articles) throws IOException {
    try (StoryIndex index = StoryIndex.inMemory()) {
      index.addAll(articles);
      return articles.stream().map(a -> index.storyOf(a.id()).orElseThrow()).toList();
    }
  }

  private static void print(String name, Scores s) {
    System.out.printf(Locale.ROOT,
        "| %s | pairs gold %d, predicted %d, right %d | pairwise P %.4f R %.4f F1 %.4f | B-cubed P %.4f R %.4f F1 %.4f |%n",
        name, s.goldPairs(), s.predictedPairs(), s.truePairs(), s.pairPrecision(), s.pairRecall(), s.pairF1(),
        s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1());
  }

  // Pairs of pages from different sources about the same event or topic: how many were merged.
  private static void lookalikes(List<SyndicationGenerator.Page> pages, List<String> predicted) {
    long pairs = 0;
    long merged = 0;
    for (int i = 0; i < pages.size(); i++) {
      for (int j = i + 1; j < pages.size(); j++) {
        var a = pages.get(i);
        var b = pages.get(j);
        if (a.group().equals(b.group()) && !a.story().equals(b.story())) {
          pairs++;
          if (predicted.get(i).equals(predicted.get(j))) {
            merged++;
            if (merged <= 5) {
              System.out.println("  lookalikes merged: " + a.story() + " + " + b.story());
            }
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "Lookalike pairs (same event or topic, different story): %d, merged %d%n", pairs, merged);
  }

  private static void misses(List<SyndicationGenerator.Page> pages, List<String> predicted) {
    Map<String, List<Integer>> byStory = new HashMap<>();
    for (int i = 0; i < pages.size(); i++) {
      byStory.computeIfAbsent(pages.get(i).story(), k -> new ArrayList<>()).add(i);
    }
    int shown = 0;
    for (var e : byStory.entrySet()) {
      long distinct = e.getValue().stream().map(predicted::get).distinct().count();
      if (distinct > 1 && shown++ < 5) {
        System.out.println("  split: " + e.getKey() + " into " + distinct);
      }
    }
  }

  private static Article asIs(Source s) {
    return new Article(s.key(), s.key(), Optional.empty(), Optional.of(s.title()), Optional.empty(), Optional.empty(),
        Optional.of(StatedTime.ofDate(s.published())), Optional.empty(), Dateline.NONE, Optional.empty(), List.of(),
        Optional.of("en"), Optional.empty(), List.of(), s.paragraphs(), List.of());
  }
}
