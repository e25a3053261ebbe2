package dev.readout.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} values keyed by lower-cased {@code property}, {@code name},
 * {@code itemprop} or {@code http-equiv}, first occurrence first.
 */
final class MetaTags {

  private final Map<String, List<String>> values;

  private MetaTags(Map<String, List<String>> values) {
    this.values = values;
  }

  static MetaTags read(List<Element> metas) {
    Map<String, List<String>> map = new HashMap<>();
    for (Element m : metas) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = m.attr(attr);
        if (!key.isEmpty()) {
          map.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>()).add(content);
        }
      }
    }
    return new MetaTags(map);
  }

  /** The first value under the first of {@code keys} that has one. */
  Optional<String> first(String... keys) {
    for (String k : keys) {
      List<String> v = values.get(k);
      if (v != null) {
        return Optional.of(v.get(0));
      }
    }
    return Optional.empty();
  }

  List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }
}
