package dev.readout.bench.index;

import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The searches the benchmarks send: one or two words, over statements or articles (even odds),
 * a third of them filtered by a topic, all with facets.
 */
final class QueryMix {

  record Query(String text, boolean statements, Optional<String> topic) {}

  private QueryMix() {}

  static Query next(Vocabulary v, SplittableRandom rnd) {
    String text = v.queryWord(rnd) + (rnd.nextBoolean() ? " " + v.queryWord(rnd) : "");
    boolean statements = rnd.nextBoolean();
    Optional<String> topic = rnd.nextInt(3) == 0 ? Optional.of("topic-" + rnd.nextInt(30)) : Optional.empty();
    return new Query(text, statements, topic);
  }
}
