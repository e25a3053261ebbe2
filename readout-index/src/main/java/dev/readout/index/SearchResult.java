package dev.readout.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of hits.
 *
 * @param total how many hits there are in all
 * @param hits this page of them
 * @param facets per dimension ({@code speaker, country, topic, outlet}), the commonest values among
 *     all hits, most frequent first; a dimension no hit has is absent
 * @param facetsSampled whether the facet counts were estimated from a random sample of the hits
 *     (done when there are very many); {@code total} is exact either way
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, boolean facetsSampled) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }
}
