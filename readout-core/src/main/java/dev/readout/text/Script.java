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
    if (!Character.isLetter(cp)) {
      return NONE;
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
