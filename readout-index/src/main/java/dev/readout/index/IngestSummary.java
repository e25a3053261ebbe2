package dev.readout.index;

import dev.readout.model.Rejected;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one ingest run did.
 *
 * @param pages inputs read, rejected ones included
 * @param added articles new to the index
 * @param known articles already in the index (the same content read again), left as they were
 * @param stories stories in the index after the run
 * @param rejected inputs that gave no article, with the stage and reason
 */
public record IngestSummary(long pages, long added, long known, long stories, List<Rejected> rejected) {

  public IngestSummary {
    rejected = List.copyOf(rejected);
  }

  /** Rejections counted by reason, for a closing summary. */
  public Map<String, Long> rejectionsByReason() {
    Map<String, Long> out = new TreeMap<>();
    rejected.forEach(r -> out.merge(r.stage() + ": " + r.reason(), 1L, Long::sum));
    return out;
  }
}
