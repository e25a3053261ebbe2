package dev.readout.dedup;

import java.util.Arrays;

/** A growable run of token hashes and flags, with the paragraph each token came from. */
final class Tokens implements Words.Sink {

  long[] hashes;
  int[] flags;
  int[] paragraph;
  int n;
  private int paragraphStart;

  Tokens(int capacity) {
    int c = Math.max(16, capacity);
    hashes = new long[c];
    flags = new int[c];
    paragraph = new int[c];
  }

  @Override
  public void token(long hash, int flag) {
    if (n == hashes.length) {
      hashes = Arrays.copyOf(hashes, n * 2);
      flags = Arrays.copyOf(flags, n * 2);
      paragraph = Arrays.copyOf(paragraph, n * 2);
    }
    hashes[n] = hash;
    flags[n++] = flag;
  }

  /** Marks the tokens added since the last call as paragraph {@code p}. */
  void paragraphEnd(int p) {
    Arrays.fill(paragraph, paragraphStart, n, p);
    paragraphStart = n;
  }

  /** Order-sensitive hash of tokens {@code [from, to)}. */
  long hash(int from, int to) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = from; i < to; i++) {
      h = Words.mix(h + hashes[i]);
    }
    return h;
  }

  /** The tokens of the paragraphs marked in {@code keep}. */
  Tokens select(boolean[] keep) {
    Tokens out = new Tokens(n);
    for (int i = 0; i < n; i++) {
      if (keep[paragraph[i]]) {
        out.token(hashes[i], flags[i]);
      }
    }
    return out;
  }

  /** Bottom-k sample of the distinct tokens carrying {@code flag}. */
  int[] evidence(int flag) {
    int[] values = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if ((flags[i] & flag) != 0) {
        values[m++] = (int) (hashes[i] >>> 33);
      }
    }
    return Sketch.bottomK(values, m, Fingerprint.EVIDENCE);
  }
}
