package dev.readout.bench.gold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The draw of the gold stories (docs/annotation.md section 11): per source a political and a
 * non-political stratum by keyword score and source metadata, each ordered by a hash of the id.
 * Never reads Readout's output.
 */
final class Draw {

  static final int MIN_LENGTH = 300;
  static final int ALL = Integer.MAX_VALUE;
  private static final Set<String> QUIET_CATEGORIES =
      Set.of("business", "entertainment", "science", "sports", "technology");

  private record Stratum(String source, boolean political, Predicate<Scored> test, int n) {}

  private record Scored(Candidate c, int score) {}

  private static final List<Stratum> STRATA = List.of(
      new Stratum("reuters", true, s -> s.score >= 6, 50),
      new Stratum("reuters", false, s -> s.score == 0 && !s.c.tagged(), 16),
      new Stratum("newscluster", true, s -> s.c.category().equals("world") && s.score >= 5, 40),
      new Stratum("newscluster", false, s -> QUIET_CATEGORIES.contains(s.c.category()) && s.score <= 1, 14),
      new Stratum("fundus", true, s -> s.score >= 5, ALL),
      new Stratum("fundus", false, s -> s.score <= 1, ALL),
      new Stratum("polnear", true, s -> s.score >= 6, 40));

  private Draw() {}

  /** The drawn stories in stratum order, each stratum in hash order. */
  static List<StoryEntry> draw(List<Candidate> candidates) {
    Keywords keywords = Keywords.load();
    List<Scored> scored = candidates.stream()
        .filter(c -> c.story().text().length() >= MIN_LENGTH)
        .map(c -> new Scored(c, keywords.score(c.story().text())))
        .toList();
    List<StoryEntry> out = new ArrayList<>();
    for (Stratum st : STRATA) {
      scored.stream()
          .filter(s -> s.c.story().source().equals(st.source) && st.test.test(s))
          .sorted(Comparator.comparing(s -> order(s.c.story().id())))
          .limit(st.n)
          .forEach(s -> out.add(StoryEntry.of(s.c.story(), st.political)));
    }
    return out;
  }

  static String order(String id) {
    return StoryText.sha256("gold-13:" + id);
  }
}
