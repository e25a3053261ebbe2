package dev.readout.spark;

import dev.readout.dedup.Fingerprints;
import java.util.HashMap;
import java.util.Map;

/**
 * Connected components of the verified pairs, on the driver: union-find over article ids. Only
 * articles with at least one verified pair are held, a few dozen bytes each. Not thread-safe.
 */
final class Components {

  private final Map<String, String> parent = new HashMap<>();

  /** Joins the stories of {@code a} and {@code b}. */
  void union(String a, String b) {
    String ra = root(a);
    String rb = root(b);
    if (ra.equals(rb)) {
      return;
    }
    // The smaller id becomes the root, so the root names the story.
    if (ra.compareTo(rb) < 0) {
      parent.put(rb, ra);
    } else {
      parent.put(ra, rb);
    }
  }

  private String root(String x) {
    String r = x;
    for (String p = parent.computeIfAbsent(r, k -> k); !p.equals(r); p = parent.get(r)) {
      r = p;
    }
    // Path compression: point everything on the way straight at the root.
    for (String y = x; !y.equals(r); ) {
      String next = parent.get(y);
      parent.put(y, r);
      y = next;
    }
    return r;
  }

  /** The story id of every article in a story of two or more, by article id. */
  Map<String, String> stories() {
    Map<String, String> out = new HashMap<>(parent.size() * 2);
    for (String id : parent.keySet()) {
      out.put(id, Fingerprints.storyId(root(id)));
    }
    return out;
  }
}
