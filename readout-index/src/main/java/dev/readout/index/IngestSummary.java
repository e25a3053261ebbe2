package dev.readout.index;

import dev.readout.model.Rejected;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one ingest run did.
 *
 * @param pages inputs read, rejected ones included, skipped ones not
 * @param added articles new to the index
 * @param known articles already in the index (the same content read again), left as they were
 * @param stories stories in the index after the run
 * @param rejected inputs that gave no article, with the stage and reason
 * @param skipped inputs found in folders that are not pages at all, and pages with no article
 *     text ({@link Rejected#skipped()}): reported, not failures
 */
public record IngestSummary(
    long pages, long added, long known, long stories, List<Rejected> rejected, List<Rejected> skipped) {

  public IngestSummary {
    rejected = List.copyOf(rejected);
    skipped = List.copyOf(skipped);
  }

  /** A summary with nothing skipped, for front ends that read no folders themselves. */
  public IngestSummary(long pages, long added, long known, long stories, List<Rejected> rejected) {
    this(pages, added, known, stories, rejected, List.of());
  }

  /** Rejections counted by reason, for a closing summary. */
  public Map<String, Long> rejectionsByReason() {
    Map<String, Long> out = new TreeMap<>();
    rejected.forEach(r -> out.merge(r.stage() + ": " + r.reason(), 1L, Long::sum));
    return out;
  }
}
