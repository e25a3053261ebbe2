package dev.readout.bench.stories;

import dev.readout.model.Article;
import dev.readout.model.Dateline;
import dev.readout.model.StatedTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Synthetic pages for the benchmark: ~3 KB of words drawn from a Zipf-distributed vocabulary of
 * 50,000 made-up words (so common words repeat as in news text), in paragraphs of 30 to 80 words.
 * A quarter of the pages are copies of a recent page with the tail cut and a line added, so the
 * verification path runs too. Deterministic for a seed.
 */
final class SyntheticPages {

  private static final int VOCABULARY = 50_000;
  private static final LocalDate DAY = LocalDate.of(2021, 2, 4);

  private final SplittableRandom random;
  private final String[] words = new String[VOCABULARY];
  private final double[] cumulative = new double[VOCABULARY];
  private final List<List<String>> recent = new ArrayList<>();
  private long next;

  SyntheticPages(long seed) {
    random = new SplittableRandom(seed);
    double sum = 0;
    for (int i = 0; i < VOCABULARY; i++) {
      StringBuilder w = new StringBuilder();
      int len = 2 + random.nextInt(8);
      for (int j = 0; j < len; j++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      words[i] = w.toString();
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    for (int i = 0; i < VOCABULARY; i++) {
      cumulative[i] /= sum;
    }
  }

  /** The next {@code n} pages. */
  List<Article> batch(int n) {
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(next());
    }
    return out;
  }

  private Article next() {
    List<String> body;
    if (!recent.isEmpty() && random.nextInt(4) == 0) {
      List<String> original = recent.get(random.nextInt(recent.size()));
      int keep = Math.max(2, original.size() * (5 + random.nextInt(6)) / 10);
      body = new ArrayList<>(original.subList(0, Math.min(keep, original.size())));
      body.add(0, paragraph(12));
    } else {
      body = new ArrayList<>();
      int chars = 0;
      while (chars < 3000) {
        String p = paragraph(30 + random.nextInt(50));
        body.add(p);
        chars += p.length() + 2;
      }
      if (recent.size() < 1000) {
        recent.add(body);
      } else {
        recent.set(random.nextInt(recent.size()), body);
      }
    }
    String id = Long.toString(next++, 36);
    return new Article(id, "synthetic:" + id, Optional.empty(), Optional.empty(), Optional.of("Outlet " + (next % 50)),
        Optional.empty(), Optional.of(StatedTime.ofDate(DAY.plusDays(next % 7))), Optional.empty(), Dateline.NONE,
        Optional.empty(), List.of(), Optional.of("en"), Optional.empty(), List.of(), body, List.of());
  }

  private String paragraph(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(word(i == 0));
    }
    return sb.append('.').toString();
  }

  private String word(boolean capital) {
    int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
    String w = words[i < 0 ? Math.min(-i - 1, VOCABULARY - 1) : i];
    return capital ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w;
  }
}
