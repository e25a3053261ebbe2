package dev.readout.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The LSH buckets: for every (band, band hash) the articles that have it. Stores no keys: an entry
 * is {@code ordinal * BANDS + band}, its key is read back from the article's fingerprint, and the
 * entries of one bucket are chained newest first through {@link #next}. About 12 bytes an entry,
 * so 24 bands cost under 300 bytes an article.
 */
final class BandTable {

  /** A bucket walk stops here; such buckets hold boilerplate, not copies (see package docs). */
  static final int MAX_BUCKET = 2000;

  private final Fingerprints fingerprints;
  private int[] heads = new int[1 << 12]; // entry + 1, or 0 for an empty slot
  private int[] next = new int[1 << 12]; // entry -> earlier entry of the bucket + 1, or 0
  private int used;

  /** Read access to the fingerprint of an ordinal. */
  interface Fingerprints {
    Fingerprint get(int ordinal);
  }

  BandTable(Fingerprints fingerprints) {
    this.fingerprints = fingerprints;
  }

  /** Calls {@code out} with every ordinal sharing a bucket with {@code f} (repeats possible). */
  void candidates(Fingerprint f, IntConsumer out) {
    for (int band = 0; band < f.bands.length; band++) {
      int slot = find(band, f.bands[band]);
      int e = heads[slot];
      for (int walked = 0; e != 0 && walked < MAX_BUCKET; walked++) {
        out.accept((e - 1) / Fingerprint.BANDS);
        e = next[e - 1];
      }
    }
  }

  /** Adds the buckets of the article at {@code ordinal}. */
  void add(int ordinal, Fingerprint f) {
    if (f.bands.length == 0) {
      return;
    }
    int last = ordinal * Fingerprint.BANDS + Fingerprint.BANDS;
    if (last > next.length) {
      next = Arrays.copyOf(next, Math.max(last, next.length * 2));
    }
    for (int band = 0; band < f.bands.length; band++) {
      int entry = ordinal * Fingerprint.BANDS + band;
      int slot = find(band, f.bands[band]);
      if (heads[slot] == 0) {
        used++;
      }
      next[entry] = heads[slot];
      heads[slot] = entry + 1;
      if (used * 2 > heads.length) {
        grow();
      }
    }
  }

  private int find(int band, int hash) {
    int mask = heads.length - 1;
    int slot = (int) Words.mix(((long) band << 32) ^ (hash & 0xffffffffL)) & mask;
    while (true) {
      int e = heads[slot];
      if (e == 0) {
        return slot;
      }
      int b = (e - 1) % Fingerprint.BANDS;
      if (b == band && fingerprints.get((e - 1) / Fingerprint.BANDS).bands[b] == hash) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void grow() {
    int[] old = heads;
    heads = new int[old.length * 2];
    for (int e : old) {
      if (e != 0) {
        int b = (e - 1) % Fingerprint.BANDS;
        heads[find(b, fingerprints.get((e - 1) / Fingerprint.BANDS).bands[b])] = e;
      }
    }
  }
}
