package dev.readout.dedup;

import dev.readout.model.Article;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Builds the {@link Fingerprint} of an article. Pure and thread-safe: fingerprints of a batch can
 * be built in parallel and added in any order.
 *
 * <p>Only prose is shingled: paragraphs of at least {@link #PROSE_WORDS} words, so navigation,
 * share lines and credits left in a body by extraction weigh nothing. A dateline that opens the
 * body is cut off first, since outlets restyle it ({@code BEIJING, Feb. 4 (Xinhua) --} becomes
 * {@code BEIJING -}); its place is kept as evidence.
 */
final class Fingerprinter {

  static final int PROSE_WORDS = 12;
  static final int SHINGLE = 3;
  /** The lead sketch covers this many shingles: trimmed copies keep their opening. */
  static final int LEAD = 60;

  private final int excerptChars;

  Fingerprinter(int excerptChars) {
    this.excerptChars = excerptChars;
  }

  Fingerprint of(Article article) {
    List<String> paras = article.paragraphs();
    Tokens all = new Tokens(paras.stream().mapToInt(String::length).sum() / 5);
    long[] paragraphHashes = new long[paras.size()];
    boolean[] prose = new boolean[paras.size()];
    int proseWords = 0;
    String place = article.dateline().place().map(p -> p.toLowerCase(Locale.ROOT)).orElse(null);
    for (int p = 0; p < paras.size(); p++) {
      String text = paras.get(p);
      int from = 0;
      if (p == 0) {
        Words.Dateline d = Words.dateline(text);
        if (d != null) {
          from = d.end();
          place = place == null ? d.place() : place;
        }
      }
      int start = all.n;
      Words.tokens(text, from, all);
      paragraphHashes[p] = all.hash(start, all.n);
      all.paragraphEnd(p);
      prose[p] = all.n - start >= PROSE_WORDS;
      proseWords += prose[p] ? all.n - start : 0;
    }
    boolean onlyProse = proseWords >= 30;
    Tokens text = onlyProse ? all.select(prose) : all;
    long[] shingles = shingles(text);
    int[] bands = new int[0];
    if (shingles.length > 0) {
      bands = new int[Fingerprint.BANDS];
      Sketch.bands(Sketch.minHash(shingles, shingles.length, 6), 4, 0, bands);
      Sketch.bands(Sketch.minHash(shingles, Math.min(LEAD, shingles.length), 5), 4, 16, bands);
    }
    int[] values = new int[shingles.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = (int) (shingles[i] >>> 33);
    }
    int[] lead = Sketch.bottomK(values, Math.min(LEAD, values.length), Fingerprint.LEAD_SAMPLE);
    int[] sample = Sketch.bottomK(values, values.length, Fingerprint.SAMPLE);
    int size = values.length;
    return new Fingerprint(
        article.id(),
        article.source(),
        article.outlet().orElse(null),
        article.agency().or(() -> article.dateline().agency()).orElse(null),
        article.published().map(t -> (int) t.date().toEpochDay()).orElse(Fingerprint.NO_DAY),
        place == null ? 0 : (int) Words.mix(place.hashCode()),
        size,
        all.n == 0 ? 0 : all.hash(0, all.n),
        bands,
        sample,
        lead,
        text.evidence(Words.NUMBER),
        text.evidence(Words.NAME),
        paragraphHashes,
        excerpts(paras));
  }

  private static long[] shingles(Tokens t) {
    if (t.n == 0) {
      return new long[0];
    }
    if (t.n < SHINGLE) {
      return Arrays.copyOf(t.hashes, t.n);
    }
    long[] out = new long[t.n - SHINGLE + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = Words.mix(t.hashes[i] * 31 * 31 + t.hashes[i + 1] * 31 + t.hashes[i + 2]);
    }
    return out;
  }

  private String[] excerpts(List<String> paras) {
    if (excerptChars == 0) {
      return new String[0];
    }
    String[] out = new String[paras.size()];
    for (int i = 0; i < out.length; i++) {
      String p = paras.get(i).strip();
      out[i] = p.length() <= excerptChars ? p : p.substring(0, excerptChars).strip() + "…";
    }
    return out;
  }
}
