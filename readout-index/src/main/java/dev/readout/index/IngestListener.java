package dev.readout.index;

/** Hears an ingest's progress, e.g. to draw a progress bar. Called on the ingesting thread. */
public interface IngestListener {

  /** One input was handled (added, known, rejected or skipped). */
  void onPage();

  /** A batch was committed; everything up to here survives a crash. */
  default void onCommit(long articlesInIndex) {}

  /** A listener that does nothing. */
  static IngestListener none() {
    return () -> {};
  }
}
