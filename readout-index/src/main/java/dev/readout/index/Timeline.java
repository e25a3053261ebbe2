package dev.readout.index;

import java.util.List;

/**
 * A page of engagements in date order (undated ones last).
 *
 * @param total entries in all, after merging copies
 * @param entries this page
 */
public record Timeline(long total, List<TimelineEntry> entries) {

  public Timeline {
    entries = List.copyOf(entries);
  }
}
