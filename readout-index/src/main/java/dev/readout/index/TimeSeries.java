package dev.readout.index;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Counts by month and category: engagements by type, statements by topic. One generic shape, so
 * a chart of any count over time (event types, dyads) reuses the same renderer.
 *
 * @param months every month from the first counted to the last, gaps included, oldest first
 * @param series one per category, the largest total first; each has a count per month
 * @param undated items counted in no month, for want of a date
 * @param truncated whether the count stopped at a cap (narrow the query to see all)
 */
public record TimeSeries(List<YearMonth> months, List<Series> series, long undated, boolean truncated) {

  public TimeSeries {
    months = List.copyOf(months);
    series = List.copyOf(series);
    for (int i = 1; i < months.size(); i++) {
      if (!months.get(i).equals(months.get(i - 1).plusMonths(1))) {
        throw new IllegalArgumentException("months must be consecutive, got " + months.get(i - 1) + " then " + months.get(i));
      }
    }
    for (Series s : series) {
      if (s.counts().size() != months.size()) {
        throw new IllegalArgumentException("series " + s.category() + " has " + s.counts().size() + " counts for " + months.size() + " months");
      }
    }
    if (undated < 0) {
      throw new IllegalArgumentException("undated must be >= 0, got " + undated);
    }
  }

  /**
   * The counts of one category.
   *
   * @param category what is counted ({@code meeting}, {@code afghanistan}); {@link #OTHER} lumps
   *     the smallest categories together when there are many
   * @param counts one per month of the series, in the same order
   */
  public record Series(String category, List<Long> counts) {

    /** The category that lumps the rest together. */
    public static final String OTHER = "other";

    public Series {
      Objects.requireNonNull(category, "category");
      counts = List.copyOf(counts);
    }

    /** The sum over every month. */
    public long total() {
      return counts.stream().mapToLong(Long::longValue).sum();
    }
  }
}
