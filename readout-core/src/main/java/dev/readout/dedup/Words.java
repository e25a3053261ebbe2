package dev.readout.dedup;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into hashed word tokens: runs of letters and digits, case folded without a locale.
 * No strings are made per token; each token is a mixed 64-bit hash plus two flags for the
 * evidence the verifier weighs (numbers, capitalised names).
 */
final class Words {

  /** Token flag: the token holds a digit. */
  static final int NUMBER = 1;
  /** Token flag: capitalised and not the first word of a sentence, so likely part of a name. */
  static final int NAME = 2;

  // A wire dateline at the start of the body: "BEIJING, Feb. 4 (Xinhua) --", "BEIJING -",
  // "Beijing, Feb 4 -", "LONDON (Reuters) -". The place is all capitals, or followed by a date or
  // an agency, so an ordinary sentence opening ("China - the ...") is rarely taken for one.
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*(\\p{Lu}[\\p{Lu}\\p{L} .'’-]{1,40}?)"
              + "(,\\s*\\p{L}{3,9}\\.?\\s+\\d{1,2})?"
              + "(\\s*\\([^)]{1,40}\\))?"
              + "\\s*(?:--|—|–|-|:)\\s+");

  private Words() {}

  /** The dateline that opens {@code paragraph}: the text it covers and its place, or null. */
  static Dateline dateline(String paragraph) {
    Matcher m = DATELINE.matcher(paragraph);
    if (!m.find()) {
      return null;
    }
    String place = m.group(1).strip();
    boolean caps = place.equals(place.toUpperCase(Locale.ROOT)) && place.length() >= 3;
    if (!caps && m.group(2) == null && m.group(3) == null) {
      return null;
    }
    return new Dateline(m.end(), place.toLowerCase(Locale.ROOT));
  }

  /** A dateline found at the start of a paragraph: where the text proper begins, and the place. */
  record Dateline(int end, String place) {}

  /** Receives tokens in order. */
  interface Sink {
    void token(long hash, int flags);
  }

  /** Tokenises {@code text} from {@code from}; returns the number of tokens. */
  static int tokens(String text, int from, Sink sink) {
    int n = 0;
    int len = text.length();
    int i = from;
    boolean sentenceStart = true;
    while (i < len) {
      int c = text.codePointAt(i);
      if (!isWordChar(c)) {
        if (c == '.' || c == '!' || c == '?' || c == '"' || c == '“' || c == ':') {
          sentenceStart = true;
        }
        i += Character.charCount(c);
        continue;
      }
      long h = 0xcbf29ce484222325L;
      int flags = isUpper(c) && !sentenceStart ? NAME : 0;
      while (i < len) {
        c = text.charAt(i);
        if (c >= 128) {
          c = text.codePointAt(i);
        }
        if (!isWordChar(c)) {
          break;
        }
        if (c <= '9' && c >= '0') {
          flags |= NUMBER;
        }
        h = (h ^ lower(c)) * 0x100000001b3L;
        i += c >= Character.MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
      }
      sink.token(mix(h), (flags & NUMBER) != 0 ? NUMBER : flags);
      sentenceStart = false;
      n++;
    }
    return n;
  }

  // ASCII first: the common case costs a comparison or two, not a Unicode table lookup.
  private static boolean isWordChar(int c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean isUpper(int c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  private static int lower(int c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
    return Character.toLowerCase(c);
  }

  /** Number of tokens in {@code text}. */
  static int count(String text) {
    return tokens(text, 0, (h, f) -> {});
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser: every input bit reaches every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

}
