package dev.readout.index;

import java.util.Objects;

/** One value of a facet and how many hits have it. */
public record FacetValue(String value, long count) {

  public FacetValue {
    Objects.requireNonNull(value, "value");
  }
}
