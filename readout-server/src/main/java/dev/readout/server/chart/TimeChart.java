package dev.readout.server.chart;

import dev.readout.index.TimeSeries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts over time as stacked bars, one colour per category: engagements by type, statements by
 * topic. A bar per month, or per year when the span is longer than {@value #MAX_MONTHS} months.
 * Axes with ticks, a legend, each bar segment a link to the items it counts.
 */
public final class TimeChart {

  /** Where a bar segment leads: the items of {@code category} (empty for "other") between two days. */
  @FunctionalInterface
  public interface Links {
    String href(Optional<String> category, LocalDate from, LocalDate to);
  }

  static final int WIDTH = 720;
  static final int HEIGHT = 260;
  static final int MAX_MONTHS = 36;
  private static final int LEFT = 44;
  private static final int RIGHT = 12;
  private static final int BOTTOM = 40;
  private static final int LEGEND_ROW = 18;

  /** Okabe–Ito colours, told apart by colour-blind readers; grey is kept for "other". */
  static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C7B00", "#332288");

  static final String OTHER_COLOUR = "#999999";

  private TimeChart() {}

  /** A span of days that one bar covers. */
  private record Bucket(String label, String longLabel, LocalDate from, LocalDate to, long[] counts) {}

  /**
   * The drawing of {@code series}.
   *
   * @param noun what is counted, plural ({@code engagements}), for titles and the axis
   */
  public static String svg(TimeSeries series, String noun, Links links) {
    List<Bucket> buckets = buckets(series);
    List<String> legend = legendLines(series);
    int top = 12 + legend.size() * LEGEND_ROW + 24;
    Svg svg = new Svg(WIDTH, HEIGHT + legend.size() * LEGEND_ROW, noun + " over time" + (series.series().isEmpty() ? ": none dated" : ""));
    legend(svg, series, legend);
    int bottom = HEIGHT + legend.size() * LEGEND_ROW - BOTTOM;
    if (buckets.isEmpty()) {
      svg.element("text", "No dated " + noun + " to chart.", "x", WIDTH / 2, "y", (top + bottom) / 2, "text-anchor", "middle", "class", "empty");
      return svg.toString();
    }
    Plot plot = new Plot(top, bottom, yMax(buckets));
    axis(svg, noun, plot);
    bars(svg, series, buckets, noun, links, plot);
    notes(svg, series, bottom);
    return svg.toString();
  }

  /** The plot area's vertical extent and the count at its top, a whole number of ticks. */
  private record Plot(int top, int bottom, long yMax) {
    double y(double count) {
      return bottom - (bottom - top) * count / yMax;
    }

    double height(long count) {
      return (bottom - top) * (double) count / yMax;
    }
  }

  private static long yMax(List<Bucket> buckets) {
    long max = 0;
    for (Bucket b : buckets) {
      long sum = 0;
      for (long c : b.counts()) {
        sum += c;
      }
      max = Math.max(max, sum);
    }
    long step = step(max);
    return Math.max(step, (max + step - 1) / step * step);
  }

  private static void axis(Svg svg, String noun, Plot plot) {
    svg.element("text", noun, "x", 4, "y", plot.top() - 12, "class", "axis-title", "fill", "#555");
    long step = step(plot.yMax());
    for (long v = 0; v <= plot.yMax(); v += step) {
      double y = plot.y(v);
      svg.element("line", "", "x1", LEFT, "x2", WIDTH - RIGHT, "y1", y, "y2", y, "stroke", v == 0 ? "#555" : "#e3e6ea");
      svg.element("text", Long.toString(v), "x", LEFT - 6, "y", y + 4, "text-anchor", "end", "fill", "#555");
    }
  }

  /** A stacked bar per bucket, largest series at the bottom, each segment a link; every few a label. */
  private static void bars(Svg svg, TimeSeries series, List<Bucket> buckets, String noun, Links links, Plot plot) {
    double slot = (WIDTH - LEFT - RIGHT) / (double) buckets.size();
    double bar = Math.max(1, Math.min(48, slot * 0.72));
    int every = (int) Math.ceil(58 / slot);
    for (int i = 0; i < buckets.size(); i++) {
      Bucket b = buckets.get(i);
      double x = LEFT + slot * i + (slot - bar) / 2;
      long below = 0;
      for (int s = 0; s < series.series().size(); s++) {
        long n = b.counts()[s];
        if (n == 0) {
          continue;
        }
        below += n;
        String category = series.series().get(s).category();
        Optional<String> filter = category.equals(TimeSeries.Series.OTHER) ? Optional.empty() : Optional.of(category);
        svg.linked(links.href(filter, b.from(), b.to()), category.replace('_', ' ') + ", " + b.longLabel() + ": " + n + " " + noun,
            "rect", "x", x, "y", plot.y(below), "width", bar, "height", plot.height(n), "fill", colour(series, s), "class", "bar",
            "data-category", category, "data-count", n);
      }
      if (i % every == 0) {
        svg.element("text", b.label(), "x", LEFT + slot * i + slot / 2, "y", plot.bottom() + 16, "text-anchor", "middle", "fill", "#333");
      }
    }
  }

  private static void notes(Svg svg, TimeSeries series, int bottom) {
    List<String> notes = new ArrayList<>();
    if (series.undated() > 0) {
      notes.add(series.undated() + " undated not shown");
    }
    if (series.truncated()) {
      notes.add("only the first 10,000 counted: narrow the dates");
    }
    if (!notes.isEmpty()) {
      svg.element("text", String.join(" · ", notes), "x", WIDTH - RIGHT, "y", bottom + 32, "text-anchor", "end", "fill", "#777");
    }
  }

  static String colour(TimeSeries series, int s) {
    return series.series().get(s).category().equals(TimeSeries.Series.OTHER) ? OTHER_COLOUR : COLOURS.get(s % COLOURS.size());
  }

  /** The categories laid out in rows that fit the width, as their indices joined by commas. */
  private static List<String> legendLines(TimeSeries series) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int x = LEFT;
    for (int s = 0; s < series.series().size(); s++) {
      int w = legendWidth(series.series().get(s));
      if (x + w > WIDTH - RIGHT && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        x = LEFT;
      }
      line.append(line.length() > 0 ? "," : "").append(s);
      x += w;
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static int legendWidth(TimeSeries.Series s) {
    return 30 + 6 * legendText(s).length();
  }

  private static String legendText(TimeSeries.Series s) {
    return s.category().replace('_', ' ') + " (" + s.total() + ")";
  }

  private static void legend(Svg svg, TimeSeries series, List<String> lines) {
    for (int row = 0; row < lines.size(); row++) {
      int x = LEFT;
      int y = 12 + row * LEGEND_ROW;
      for (String index : lines.get(row).split(",")) {
        int s = Integer.parseInt(index);
        TimeSeries.Series one = series.series().get(s);
        svg.open("g", "class", "legend-item", "data-category", one.category());
        svg.element("rect", "", "x", x, "y", y, "width", 12, "height", 12, "fill", colour(series, s));
        svg.element("text", legendText(one), "x", x + 17, "y", y + 10, "fill", "#333");
        svg.close("g");
        x += legendWidth(one);
      }
    }
  }

  /** A round tick step giving at most five ticks: 1, 2 or 5 times a power of ten. */
  static long step(long max) {
    long step = 1;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        if (max <= 5 * step * m) {
          return step * m;
        }
      }
      step *= 10;
    }
  }

  private static List<Bucket> buckets(TimeSeries t) {
    List<Bucket> out = new ArrayList<>();
    int n = t.series().size();
    boolean years = t.months().size() > MAX_MONTHS;
    for (int i = 0; i < t.months().size(); i++) {
      YearMonth m = t.months().get(i);
      Bucket last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (years && last != null && last.from().getYear() == m.getYear()) {
        out.set(out.size() - 1, new Bucket(last.label(), last.longLabel(), last.from(), m.atEndOfMonth(), add(last.counts(), t, i)));
        continue;
      }
      String label = years ? Integer.toString(m.getYear()) : m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.getYear();
      out.add(new Bucket(label, label, m.atDay(1), m.atEndOfMonth(), add(new long[n], t, i)));
    }
    return out;
  }

  private static long[] add(long[] counts, TimeSeries t, int month) {
    long[] sum = counts.clone();
    for (int s = 0; s < sum.length; s++) {
      sum[s] += t.series().get(s).counts().get(month);
    }
    return sum;
  }
}
