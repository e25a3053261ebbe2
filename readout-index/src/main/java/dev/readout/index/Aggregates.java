package dev.readout.index;

import dev.readout.model.DateSpan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pure functions that count merged engagements and statements into a {@link TimeSeries} or a
 * {@link Network}. No Lucene here: what to count is read elsewhere, so these are tested on plain
 * lists.
 */
final class Aggregates {

  /** Categories a time series keeps; the smaller ones beyond this are lumped into "other". */
  static final int MAX_CATEGORIES = 8;

  private Aggregates() {}

  /** One thing to count: its day, if known, and its categories (an item counts once in each). */
  record Dated(Optional<LocalDate> day, List<String> categories) {}

  static TimeSeries byMonth(List<Dated> items, boolean truncated) {
    TreeMap<YearMonth, Map<String, Long>> counts = new TreeMap<>();
    Map<String, Long> totals = new HashMap<>();
    long undated = 0;
    for (Dated d : items) {
      if (d.day().isEmpty()) {
        undated++;
        continue;
      }
      Map<String, Long> month = counts.computeIfAbsent(YearMonth.from(d.day().get()), m -> new HashMap<>());
      for (String c : d.categories()) {
        month.merge(c, 1L, Long::sum);
        totals.merge(c, 1L, Long::sum);
      }
    }
    List<String> order = new ArrayList<>(totals.keySet());
    order.sort(Comparator.comparing((String c) -> -totals.get(c)).thenComparing(c -> c));
    Set<String> kept = new LinkedHashSet<>(order.size() > MAX_CATEGORIES ? order.subList(0, MAX_CATEGORIES - 1) : order);
    List<YearMonth> months = new ArrayList<>();
    if (!counts.isEmpty()) {
      for (YearMonth m = counts.firstKey(); !m.isAfter(counts.lastKey()); m = m.plusMonths(1)) {
        months.add(m);
      }
    }
    Map<String, List<Long>> series = new LinkedHashMap<>();
    for (String c : kept) {
      series.put(c, new ArrayList<>());
    }
    boolean other = kept.size() < order.size();
    if (other) {
      series.put(TimeSeries.Series.OTHER, new ArrayList<>());
    }
    for (YearMonth m : months) {
      Map<String, Long> month = counts.getOrDefault(m, Map.of());
      long rest = 0;
      for (Map.Entry<String, Long> e : month.entrySet()) {
        rest += kept.contains(e.getKey()) ? 0 : e.getValue();
      }
      for (String c : kept) {
        series.get(c).add(month.getOrDefault(c, 0L));
      }
      if (other) {
        series.get(TimeSeries.Series.OTHER).add(rest);
      }
    }
    List<TimeSeries.Series> out = new ArrayList<>();
    series.forEach((c, n) -> out.add(new TimeSeries.Series(c, n)));
    return new TimeSeries(months, out, undated, truncated);
  }

  /** Engagements by month and type. */
  static TimeSeries engagementsByMonth(List<TimelineEntry> entries, boolean truncated) {
    List<Dated> items = new ArrayList<>(entries.size());
    for (TimelineEntry e : entries) {
      items.add(new Dated(e.date().filter(DateSpan::yearKnown).map(DateSpan::start), List.of(e.type().json())));
    }
    return byMonth(items, truncated);
  }

  /**
   * Who engaged whom: each actor is a node weighted by its engagements, each pair of actors in
   * one engagement an edge weighted by the engagements they shared. Keeps the {@code maxNodes}
   * most engaged actors (ties by name) and the edges between them.
   */
  static Network network(List<TimelineEntry> entries, int maxNodes, boolean truncated) {
    Map<String, String> names = new HashMap<>();
    Map<String, Long> weight = new HashMap<>();
    Map<List<String>, Long> pairs = new HashMap<>();
    for (TimelineEntry e : entries) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < e.participants().size(); i++) {
        String id = e.participantId(i);
        names.putIfAbsent(id, e.participants().get(i));
        if (!ids.contains(id)) {
          ids.add(id);
          weight.merge(id, 1L, Long::sum);
        }
      }
      ids.sort(Comparator.naturalOrder());
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          pairs.merge(List.of(ids.get(i), ids.get(j)), 1L, Long::sum);
        }
      }
    }
    List<String> order = new ArrayList<>(weight.keySet());
    order.sort(Comparator.comparing((String id) -> -weight.get(id)).thenComparing(names::get).thenComparing(id -> id));
    List<String> keptIds = order.subList(0, Math.min(maxNodes, order.size()));
    Set<String> kept = Set.copyOf(keptIds);
    List<Network.Node> nodes = new ArrayList<>();
    for (String id : keptIds) {
      nodes.add(new Network.Node(id, names.get(id), weight.get(id)));
    }
    List<Network.Edge> edges = new ArrayList<>();
    pairs.forEach((p, n) -> {
      if (kept.contains(p.get(0)) && kept.contains(p.get(1))) {
        edges.add(new Network.Edge(p.get(0), p.get(1), n));
      }
    });
    edges.sort(Comparator.comparing((Network.Edge x) -> -x.engagements()).thenComparing(Network.Edge::source).thenComparing(Network.Edge::target));
    return new Network(nodes, edges, entries.size(), truncated || order.size() > maxNodes);
  }
}
