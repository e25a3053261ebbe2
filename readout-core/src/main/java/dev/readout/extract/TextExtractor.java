package dev.readout.extract;

import dev.readout.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the article in a plain-text page dump. Thread-safe. */
public final class TextExtractor {

  public Draft extract(Page page) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : page.text().split("\n")) {
      if (!line.isBlank()) {
        paragraphs.add(line.strip());
      }
    }
    return new Draft(Optional.empty(), paragraphs, List.of(), Optional.empty(), List.of(), Map.of());
  }
}
