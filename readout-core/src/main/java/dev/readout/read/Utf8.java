package dev.readout.read;

/** A fast tally of how well-formed UTF-8 some bytes are, without decoding them. */
final class Utf8 {

  /** What the bytes are. */
  enum Verdict {
    /** No byte above 0x7F. */
    ASCII,
    /** UTF-8: well-formed, or with so few damaged bytes that it can be nothing else. */
    VALID,
    /** Not UTF-8. */
    INVALID
  }

  /**
   * What a scan found.
   *
   * @param sequences well-formed multi-byte sequences
   * @param invalid bytes that are not part of a well-formed sequence
   */
  record Tally(int sequences, int invalid) {

    Verdict verdict() {
      if (invalid > 0 && !mostlyWellFormed()) {
        return Verdict.INVALID;
      }
      return sequences > 0 ? Verdict.VALID : Verdict.ASCII;
    }

    /**
     * At least 99% of the multi-byte sequences are well-formed, but not all: UTF-8 with a few
     * damaged bytes (a stray windows-1252 quote pasted into a UTF-8 page). Legacy 8-bit text has
     * the opposite ratio: its high bytes almost never happen to form UTF-8 sequences.
     */
    boolean mostlyWellFormed() {
      return invalid > 0 && sequences >= 99L * invalid;
    }
  }

  private Utf8() {}

  /** Scans {@code b} whole. */
  static Tally tally(byte[] b) {
    int sequences = 0;
    int invalid = 0;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int good = wellFormedLength(b, i, c);
      if (good > 0) {
        sequences++;
        i += good;
      } else {
        // -good bytes (at least the lead) are the ill-formed start of a sequence.
        invalid -= good;
        i -= good;
      }
    }
    return new Tally(sequences, invalid);
  }

  /**
   * The length of the well-formed sequence led by {@code c} at {@code i}, or minus the number of
   * bytes that form its ill-formed start (the lead and the continuation bytes that did fit).
   */
  private static int wellFormedLength(byte[] b, int i, int c) {
    int need;
    int min2;
    int max2 = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
      min2 = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      min2 = c == 0xE0 ? 0xA0 : 0x80;
      max2 = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      min2 = c == 0xF0 ? 0x90 : 0x80;
      max2 = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return -1;
    }
    for (int k = 1; k <= need; k++) {
      if (i + k >= b.length) {
        return -k;
      }
      int t = b[i + k] & 0xFF;
      if (k == 1 ? t < min2 || t > max2 : t < 0x80 || t > 0xBF) {
        return -k;
      }
    }
    return need + 1;
  }
}
