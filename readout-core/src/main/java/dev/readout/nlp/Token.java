package dev.readout.nlp;

/**
 * A token of a text unit: its text and offsets into the annotated text, with the keys the
 * dictionaries look it up by (curly apostrophes made straight; and lower-cased), computed once.
 */
record Token(int start, int end, String text, String key, String lowerKey) {

  static Token of(int start, int end, String text) {
    String key = text.replace('’', '\'');
    return new Token(start, end, text, key, Lexicon.lower(key));
  }

  boolean is(String s) {
    return text.equals(s);
  }

  /** Whether the token is that punctuation mark. */
  boolean is(Mark m) {
    return text.equals(m.text());
  }

  boolean isIgnoreCase(String s) {
    return text.equalsIgnoreCase(s);
  }

  /** Starts with an upper-case letter or digit-free capital (names, acronyms). */
  boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  boolean isWord() {
    return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
  }

  /** The possessive ending {@code 's} (or {@code ’s}). */
  boolean isPossessive() {
    return text.length() == 2 && (text.charAt(0) == '\'' || text.charAt(0) == '’')
        && (text.charAt(1) == 's' || text.charAt(1) == 'S');
  }

  String lower() {
    return lowerKey;
  }
}
