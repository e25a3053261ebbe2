package dev.readout.bench.gold;

/** A half-open range of UTF-16 indexes into a story text. */
record Span(int start, int end) {
  Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  int distance(Span other) {
    if (end <= other.start) {
      return other.start - end;
    }
    return other.end <= start ? start - other.end : 0;
  }
}
