package dev.readout.bench;

import dev.readout.html.HtmlArticles;
import dev.readout.model.Draft;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Scores Readout and the stored peers on one {@link BodySet} with the AEB metric, as
 * {@code score_aeb.py} does; optionally writes Readout's outputs as JSON Lines for that scorer.
 */
final class BodyScoring {

  /**
   * Readout's bodies by page id, its score, the stored peers' scores, the time taken, and the
   * score of body and comments together (the same as the body's when the page has none).
   */
  record Result(
      Map<String, String> bodies, AebMetric.Score readout, Map<String, AebMetric.Score> peers, long millis,
      AebMetric.Score withComments) {}

  private BodyScoring() {}

  static Result run(BodySet set, Path jsonl) throws IOException {
    Map<String, String> pred = new LinkedHashMap<>();
    Map<String, String> withComments = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    try (Outputs o = new Outputs(jsonl)) {
      for (BodySet.Page p : set.pages) {
        Draft d = HtmlArticles.extract(p.html(), p.url());
        pred.put(p.id(), Outputs.Drafts.body(d));
        withComments.put(p.id(), Outputs.Drafts.bodyAndComments(d));
        o.write(p.file().toString(), d);
      }
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    Map<String, AebMetric.Score> peers = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, String>> peer : set.peers().entrySet()) {
      peers.put(peer.getKey(), AebMetric.score(set.gold, peer.getValue()));
    }
    return new Result(pred, AebMetric.score(set.gold, pred), peers, ms, AebMetric.score(set.gold, withComments));
  }

  /** Prints the set's name, the peers' lines, then Readout's, in {@code score_aeb.py}'s shape. */
  static void print(PrintWriter out, BodySet set, Result r) {
    out.println("== " + set.name);
    r.peers().forEach((name, s) -> line(out, "peer " + name, s, ""));
    out.printf(Locale.ROOT, "pages without output: %d%n", set.gold.size() - set.pages.size());
    line(out, set.name, r.readout(), String.format(Locale.ROOT, " (%d pages, %d ms)", set.pages.size(), r.millis()));
    if (set.commentsInGold) {
      line(out, set.name + " +comments", r.withComments(), " (body, then comments: this gold keeps comments)");
    }
  }

  static void line(PrintWriter out, String name, AebMetric.Score s, String tail) {
    out.printf(Locale.ROOT, "%-22s F1 %.3f P %.3f R %.3f%s%n", name + ":", s.f1(), s.precision(), s.recall(), tail);
  }

  /** The scoreboard row of body and comments together; the peers' outputs are one text already. */
  static Row withComments(BodySet set, Result r) {
    Map<String, Double> peers = new LinkedHashMap<>();
    r.peers().forEach((name, s) -> peers.put(name, s.f1()));
    return new Row(set.name, set.gold.size(), "body + comments F1", r.withComments().f1(), peers);
  }

  /** A scoreboard row: one part of the score, Readout's beside each stored peer's. */
  static Row row(BodySet set, Result r, String measure, ToDoubleFunction<AebMetric.Score> part) {
    Map<String, Double> peers = new LinkedHashMap<>();
    r.peers().forEach((name, s) -> peers.put(name, part.applyAsDouble(s)));
    return new Row(set.name, set.gold.size(), measure, part.applyAsDouble(r.readout()), peers);
  }
}
