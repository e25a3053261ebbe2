package dev.readout.dedup;

/**
 * Decides whether two fingerprinted articles are copies of one story. Symmetric and a function of
 * the two fingerprints alone, so the decision for a pair does not depend on which arrived first
 * or on what else is in the index; that is what makes grouping independent of input order.
 *
 * <p>Text first: the estimated containment of the shorter text in the longer (not Jaccard, which
 * a trimmed copy fails) must reach the configured minimum. Then evidence can veto a textual
 * match: lookalikes share phrases ("comprehensive strategic partnership of coordination"), actors,
 * long quotes and boilerplate, but not their numbers, their dateline place, their month or their
 * opening. Only a near-complete textual match ({@link #CERTAIN}) overrides the evidence.
 */
final class Verifier {

  static final double CERTAIN = 0.9;
  /** Below this containment the two openings must also agree. */
  static final double CONFIDENT = 0.8;
  static final double MIN_LEAD = 0.2;
  /** Texts with fewer 3-grams than this are short. */
  static final int SHORT = 100;
  static final int MAX_DAYS_APART = 31;

  private final double minContainment;

  Verifier(double minContainment) {
    this.minContainment = minContainment;
  }

  /** The similarity (containment, 0..1) when {@code a} and {@code b} are copies, else -1. */
  double similarity(Fingerprint a, Fingerprint b) {
    if (a.body != 0 && a.body == b.body) {
      return 1;
    }
    if (a.size == 0 || b.size == 0) {
      return -1;
    }
    double c = Sketch.overlap(a.sample, b.sample, Fingerprint.SAMPLE).containment();
    if (c < minContainment) {
      return -1;
    }
    if (c >= CERTAIN) {
      return c;
    }
    if (contradicted(a, b)) {
      return -1;
    }
    // Two stories quoting one statement at length share a middle; copies share their opening. A
    // short text is mostly opening and quote, so it has to match more closely.
    if (c < CONFIDENT
        && (Math.min(a.size, b.size) < SHORT
            || Sketch.overlap(a.lead, b.lead, Fingerprint.LEAD_SAMPLE).jaccard() < MIN_LEAD)) {
      return -1;
    }
    return c;
  }

  private static boolean contradicted(Fingerprint a, Fingerprint b) {
    if (a.place != 0 && b.place != 0 && a.place != b.place) {
      return true;
    }
    if (a.published != Fingerprint.NO_DAY
        && b.published != Fingerprint.NO_DAY
        && Math.abs((long) a.published - b.published) > MAX_DAYS_APART) {
      return true;
    }
    return disagree(a.numbers, b.numbers, 5, 0.34) || disagree(a.names, b.names, 8, 0.25);
  }

  // Evidence disagrees when the smaller sample is big enough to judge and too little of it
  // recurs in the other: a copy keeps the numbers and names of the text it keeps, give or take
  // those of a caption or a footer.
  private static boolean disagree(int[] a, int[] b, int minSample, double minShare) {
    Sketch.Overlap o = Sketch.overlap(a, b, Fingerprint.EVIDENCE);
    return Math.min(o.a(), o.b()) >= minSample && o.containment() < minShare;
  }
}
