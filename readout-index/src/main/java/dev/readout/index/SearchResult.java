package dev.readout.index;

import java.util.List;
import java.util.Map;

/**
 * A page of hits.
 *
 * @param total how many hits there are in all
 * @param hits this page of them
 * @param facets per dimension ({@code speaker, country, topic, outlet}), the commonest values among
 *     all hits, most frequent first; a dimension no hit has is absent
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
