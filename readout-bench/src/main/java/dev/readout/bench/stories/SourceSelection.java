package dev.readout.bench.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Chooses the source articles of a test set. Real corpora hold copies of their own (news-cluster
 * has Xinhua stories China Daily reprinted; Reuters-21578 has repeated and corrected stories), and
 * a source that copies another would make a wrong gold label: of any two sources sharing half the
 * word 3-grams of the shorter (computed exactly), only the first is kept.
 */
final class SourceSelection {

  static final int MIN_CHARS = 600;

  private SourceSelection() {}

  /**
   * All news-cluster sources, plus up to {@code reuters} Reuters stories taken group by group (up
   * to six a topic-and-company group, groups of three or more) so that lookalikes abound.
   */
  static List<Source> choose(List<Source> newsCluster, List<Source> reuters, int reutersCount, long seed) {
    List<Source> out = new ArrayList<>(newsCluster.stream().filter(s -> s.length() >= MIN_CHARS).toList());
    Map<String, List<Source>> groups = new LinkedHashMap<>();
    reuters.stream().filter(s -> s.length() >= MIN_CHARS).forEach(s -> groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s));
    List<List<Source>> dense = new ArrayList<>(groups.values().stream().filter(g -> g.size() >= 3).toList());
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = dense.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      List<Source> t = dense.get(i);
      dense.set(i, dense.get(j));
      dense.set(j, t);
    }
    int added = 0;
    for (List<Source> g : dense) {
      for (Source s : g.subList(0, Math.min(6, g.size()))) {
        if (added++ < reutersCount) {
          out.add(s);
        }
      }
    }
    return withoutCopies(out);
  }

  static List<Source> withoutCopies(List<Source> sources) {
    Map<Long, List<Integer>> postings = new HashMap<>();
    List<Source> kept = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (Source s : sources) {
      Set<Long> shingles = shingles(s);
      Map<Integer, Integer> shared = new HashMap<>();
      for (long h : shingles) {
        for (int k : postings.getOrDefault(h, List.of())) {
          shared.merge(k, 1, Integer::sum);
        }
      }
      boolean copy = false;
      for (var e : shared.entrySet()) {
        int smaller = Math.min(shingles.size(), sizes.get(e.getKey()));
        copy |= e.getValue() * 2 >= smaller;
      }
      if (!copy) {
        int k = kept.size();
        kept.add(s);
        sizes.add(shingles.size());
        shingles.forEach(h -> postings.computeIfAbsent(h, x -> new ArrayList<>()).add(k));
      }
    }
    return kept;
  }

  static Set<Long> shingles(Source s) {
    String[] w = String.join(" ", s.paragraphs()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    Set<Long> out = new HashSet<>();
    for (int i = 0; i + 2 < w.length; i++) {
      out.add(((long) w[i].hashCode() * 31 + w[i + 1].hashCode()) * 1_000_003L + w[i + 2].hashCode());
    }
    return out;
  }
}
