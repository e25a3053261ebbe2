package dev.readout.text;

/** The writing systems Readout tells apart. */
public enum Script {
  LATIN,
  HAN,
  KANA,
  HANGUL,
  CYRILLIC,
  ARABIC,
  OTHER,
  NONE;

  /** The script of one code point; {@link #NONE} for digits, spaces and punctuation. */
  public static Script of(int cp) {
    if (cp < 0x80) {
      return ((cp | 0x20) - 'a') < 26 && ((cp | 0x20) - 'a') >= 0 ? LATIN : NONE;
    }
    if (cp < 0x250) {
      // ASCII and Latin-1/Extended-A/B, the bulk of most pages: no table look-up.
      return Character.isLetter(cp) ? LATIN : NONE;
    }
    if (!Character.isLetter(cp)) {
      return NONE;
    }
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
      return HAN;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    switch (s) {
      case LATIN:
        return LATIN;
      case HAN:
        return HAN;
      case HIRAGANA:
      case KATAKANA:
        return KANA;
      case HANGUL:
        return HANGUL;
      case CYRILLIC:
        return CYRILLIC;
      case ARABIC:
        return ARABIC;
      default:
        return OTHER;
    }
  }
}
