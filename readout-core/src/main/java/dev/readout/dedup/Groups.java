package dev.readout.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Stories as disjoint sets of article ordinals: union-find with path halving for the story of an
 * ordinal, and a circular list through {@link #link} for its members (merging two lists is one
 * swap). Each root also knows the member with the smallest article id, which names the story.
 * Three ints an article.
 */
final class Groups {

  private final BandTable.Fingerprints fingerprints;
  private int[] parent = new int[1024];
  private int[] link = new int[1024];
  private int[] lowest = new int[1024];
  private int[] size = new int[1024];
  private int count;

  Groups(BandTable.Fingerprints fingerprints) {
    this.fingerprints = fingerprints;
  }

  /** Adds ordinal {@code count} as a story of its own. */
  void add(int ordinal) {
    if (ordinal != count) {
      throw new IllegalArgumentException("ordinal " + ordinal + " is not the next one, " + count);
    }
    if (count == parent.length) {
      int n = count * 2;
      parent = Arrays.copyOf(parent, n);
      link = Arrays.copyOf(link, n);
      lowest = Arrays.copyOf(lowest, n);
      size = Arrays.copyOf(size, n);
    }
    parent[count] = count;
    link[count] = count;
    lowest[count] = count;
    size[count] = 1;
    count++;
  }

  int root(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Merges the stories of {@code a} and {@code b}; returns the new root. */
  int union(int a, int b) {
    int ra = root(a);
    int rb = root(b);
    if (ra == rb) {
      return ra;
    }
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
    int t = link[ra];
    link[ra] = link[rb];
    link[rb] = t;
    if (idOf(lowest[rb]).compareTo(idOf(lowest[ra])) < 0) {
      lowest[ra] = lowest[rb];
    }
    return ra;
  }

  /** The story id of {@code x}: derived from the smallest article id of its story. */
  String storyId(int x) {
    return StoryIndex.storyIdFor(idOf(lowest[root(x)]));
  }

  /** Ordinal of the member whose article id names the story of {@code x}. */
  int lowest(int x) {
    return lowest[root(x)];
  }

  int size(int x) {
    return size[root(x)];
  }

  /** Calls {@code out} with every member of the story of {@code x}. */
  void members(int x, IntConsumer out) {
    int start = x;
    int m = x;
    do {
      out.accept(m);
      m = link[m];
    } while (m != start);
  }

  int count() {
    return count;
  }

  private String idOf(int ordinal) {
    return fingerprints.get(ordinal).id;
  }
}
