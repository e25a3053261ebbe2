package dev.readout.bench.gold;

/**
 * A precision and recall tally: of {@code pred} predicted items {@code rightPred} are right, of
 * {@code gold} gold items {@code found} are found.
 */
record Score(int rightPred, int pred, int found, int gold) {

  static final Score ZERO = new Score(0, 0, 0, 0);

  Score plus(Score o) {
    return new Score(rightPred + o.rightPred, pred + o.pred, found + o.found, gold + o.gold);
  }

  double precision() {
    return pred == 0 ? Double.NaN : (double) rightPred / pred;
  }

  double recall() {
    return gold == 0 ? Double.NaN : (double) found / gold;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
