package dev.readout.index;

/**
 * How an ingest runs.
 *
 * @param batchSize articles per commit: a crash loses at most this many, which a re-run adds
 * @param threads threads that extract and annotate pages in parallel while the calling thread
 *     indexes ({@link dev.readout.InOrder}); with 1, extraction and indexing take turns on the
 *     calling thread
 */
public record IngestConfig(int batchSize, int threads) {

  public IngestConfig {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /** 1,000 articles per commit, one thread per core. */
  public static IngestConfig defaults() {
    return new IngestConfig(1000, Runtime.getRuntime().availableProcessors());
  }
}
