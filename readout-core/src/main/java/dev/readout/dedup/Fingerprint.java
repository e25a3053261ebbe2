package dev.readout.dedup;

/**
 * What the index keeps of one article: ids, a few hashes and small integer sketches, never the
 * body. About 0.5 KB an article with excerpts off. Immutable once built; arrays are not copied on
 * the way out, so package code must not write to them.
 */
final class Fingerprint {

  /** LSH bands: 16 of 4 bins over the whole text, 8 of 4 bins over its lead. */
  static final int BANDS = 24;
  /** Capacity of the bottom-k text sample. */
  static final int SAMPLE = 64;
  /** Capacity of the bottom-k samples of numbers and of names. */
  static final int EVIDENCE = 16;
  /** Capacity of the bottom-k sample of the lead's 3-grams. */
  static final int LEAD_SAMPLE = 16;
  static final int NO_DAY = Integer.MIN_VALUE;

  final String id;
  final String source;
  final String outlet; // null when the page names none
  final String agency; // null when the page credits none
  final int published; // epoch day, or NO_DAY
  final int place; // hash of the dateline place, or 0
  final int size; // word 3-grams of the body text, repeats counted: how complete it is
  final long body; // hash of the normalised body, 0 when empty
  final int[] bands; // BANDS band hashes, or empty when the body has no words
  final int[] sample; // bottom-k of 3-gram hashes, sorted
  final int[] lead; // bottom-k of the lead's 3-gram hashes, sorted
  final int[] numbers; // bottom-k of number tokens, sorted
  final int[] names; // bottom-k of capitalised tokens, sorted
  final long[] paragraphs; // hash of each paragraph's normalised words, in order
  final String[] excerpts; // start of each paragraph, or empty when excerpts are off

  Fingerprint(
      String id,
      String source,
      String outlet,
      String agency,
      int published,
      int place,
      int size,
      long body,
      int[] bands,
      int[] sample,
      int[] lead,
      int[] numbers,
      int[] names,
      long[] paragraphs,
      String[] excerpts) {
    this.id = id;
    this.source = source;
    this.outlet = outlet;
    this.agency = agency;
    this.published = published;
    this.place = place;
    this.size = size;
    this.body = body;
    this.bands = bands;
    this.sample = sample;
    this.lead = lead;
    this.numbers = numbers;
    this.names = names;
    this.paragraphs = paragraphs;
    this.excerpts = excerpts;
  }

  /** The paragraph at {@code i} as shown in a story: its excerpt, or its position. */
  String paragraph(int i) {
    return excerpts.length > i ? excerpts[i] : "¶" + (i + 1);
  }
}
