package dev.readout.index;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the index holds.
 *
 * @param articles articles
 * @param stories stories (groups of copies)
 * @param statements statements
 * @param engagements engagement reports (before merging copies)
 * @param actors distinct actors
 * @param outlets distinct outlets
 * @param first the earliest day of anything dated
 * @param last the latest day
 */
public record CorpusStats(
    long articles, long stories, long statements, long engagements, long actors, long outlets,
    Optional<LocalDate> first, Optional<LocalDate> last) {

  public CorpusStats {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
  }
}
