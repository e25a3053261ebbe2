package dev.readout.read;

/** A fast check of whether bytes are well-formed UTF-8, without decoding them. */
final class Utf8 {

  /** What the bytes are. */
  enum Verdict {
    ASCII,
    VALID,
    INVALID
  }

  private Utf8() {}

  /**
   * Checks {@code b[0..len)}. A sequence cut off by {@code len} counts as valid when {@code cut}
   * says the bytes are only a prefix of the document.
   */
  static Verdict check(byte[] b, int len, boolean cut) {
    boolean ascii = true;
    int i = 0;
    while (i < len) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      ascii = false;
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
        return Verdict.INVALID;
      }
      if (i + need >= len) {
        return cut ? (ascii ? Verdict.ASCII : Verdict.VALID) : Verdict.INVALID;
      }
      int second = b[i + 1] & 0xFF;
      if (second < min2 || second > max2) {
        return Verdict.INVALID;
      }
      for (int k = 2; k <= need; k++) {
        int t = b[i + k] & 0xFF;
        if (t < 0x80 || t > 0xBF) {
          return Verdict.INVALID;
        }
      }
      i += need + 1;
    }
    return ascii ? Verdict.ASCII : Verdict.VALID;
  }
}
