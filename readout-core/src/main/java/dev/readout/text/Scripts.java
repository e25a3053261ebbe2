package dev.readout.text;

import java.util.EnumMap;
import java.util.Map;

/** Script statistics and word counts. Thread-safe, stateless. */
public final class Scripts {

  private static final Script[] SCRIPTS = Script.values();

  private Scripts() {}

  /** Letters per script. */
  public static Map<Script, Integer> profile(CharSequence s) {
    int[] n = new int[SCRIPTS.length];
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c < 0x80) {
        i++;
        if (asciiLetter(c)) {
          n[Script.LATIN.ordinal()]++;
        }
        continue;
      }
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      n[Script.of(cp).ordinal()]++;
    }
    Map<Script, Integer> counts = new EnumMap<>(Script.class);
    for (Script sc : SCRIPTS) {
      if (sc != Script.NONE && n[sc.ordinal()] > 0) {
        counts.put(sc, n[sc.ordinal()]);
      }
    }
    return counts;
  }

  /** The script most letters are in; {@link Script#NONE} when there are no letters. */
  public static Script dominant(CharSequence s) {
    return dominant(profile(s));
  }

  public static Script dominant(Map<Script, Integer> profile) {
    Script best = Script.NONE;
    int n = 0;
    for (Map.Entry<Script, Integer> e : profile.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    // Japanese text is mostly Han with kana between: kana anywhere means Japanese.
    if (best == Script.HAN && profile.getOrDefault(Script.KANA, 0) * 10 > n) {
      return Script.KANA;
    }
    return best;
  }

  /** Share of letters in the given script, 0 when there are no letters. */
  public static double share(CharSequence s, Script script) {
    Map<Script, Integer> p = profile(s);
    int total = p.values().stream().mapToInt(Integer::intValue).sum();
    return total == 0 ? 0 : p.getOrDefault(script, 0) / (double) total;
  }

  private static boolean asciiLetter(char c) {
    int lower = (c | 0x20) - 'a';
    return lower >= 0 && lower < 26;
  }

  /** Whether a string has an ASCII digit: a cheap guard before date and number patterns. */
  public static boolean hasDigit(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Whether a script writes words without spaces between them. */
  public static boolean unspaced(Script s) {
    return s == Script.HAN || s == Script.KANA;
  }

  /**
   * Words in a string: runs of letters or digits, with every two Han or kana characters counting
   * as one word.
   */
  public static int wordCount(CharSequence s) {
    int words = 0;
    int ideographs = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c < 0x80) {
        i++;
        if (asciiLetter(c) || (c >= '0' && c <= '9')) {
          words += inWord ? 0 : 1;
          inWord = true;
        } else {
          inWord = (c == '\'' || c == '-') && inWord;
        }
        continue;
      }
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      Script sc = Script.of(cp);
      if (unspaced(sc)) {
        ideographs++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else {
        inWord = cp == '\'' || cp == '\u2019' || cp == '-' ? inWord : false;
      }
    }
    return words + (ideographs + 1) / 2;
  }

  /** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
  public static String normaliseSpace(String s) {
    if (isNormalSpaced(s)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Whether {@link #normaliseSpace} would return {@code s} unchanged: the common case, checked cheaply. */
  private static boolean isNormalSpaced(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    if (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' ? s.charAt(i - 1) == ' ' : (c < 0x21 || c > 0x7e) && isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    if (c > ' ' && c < 0x7f) {
      return false;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
  }
}
