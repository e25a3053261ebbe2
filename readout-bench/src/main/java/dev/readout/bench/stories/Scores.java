package dev.readout.bench.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clustering scores of predicted story labels against gold labels, item by item.
 *
 * <p>Pairwise: precision is the share of predicted same-story pairs that are gold pairs, recall the
 * share of gold pairs predicted. B-cubed (Bagga and Baldwin 1998): per item, the share of its
 * predicted cluster that is in its gold cluster (precision) and the reverse (recall), averaged.
 */
record Scores(
    long goldPairs, long predictedPairs, long truePairs, double pairPrecision, double pairRecall,
    double bcubedPrecision, double bcubedRecall) {

  static Scores of(List<String> predicted, List<String> gold) {
    if (predicted.size() != gold.size()) {
      throw new IllegalArgumentException("predicted " + predicted.size() + " labels, gold " + gold.size());
    }
    Map<String, Integer> p = counts(predicted);
    Map<String, Integer> g = counts(gold);
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      both.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
    }
    double bp = 0;
    double br = 0;
    for (int i = 0; i < gold.size(); i++) {
      double shared = both.get(predicted.get(i) + "\u0000" + gold.get(i));
      bp += shared / p.get(predicted.get(i));
      br += shared / g.get(gold.get(i));
    }
    long tp = pairs(both);
    long pp = pairs(p);
    long gp = pairs(g);
    int n = Math.max(1, gold.size());
    return new Scores(gp, pp, tp, pp == 0 ? 1 : (double) tp / pp, gp == 0 ? 1 : (double) tp / gp, bp / n, br / n);
  }

  private static Map<String, Integer> counts(List<String> labels) {
    Map<String, Integer> out = new HashMap<>();
    labels.forEach(l -> out.merge(l, 1, Integer::sum));
    return out;
  }

  private static long pairs(Map<String, Integer> counts) {
    return counts.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
  }

  double pairF1() {
    return f1(pairPrecision, pairRecall);
  }

  double bcubedF1() {
    return f1(bcubedPrecision, bcubedRecall);
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
