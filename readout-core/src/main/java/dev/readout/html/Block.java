package dev.readout.html;

/**
 * One block of text from the article container.
 *
 * @param text whitespace-normalised text
 * @param kind what the block was in the markup
 * @param chars visible characters
 * @param linkChars visible characters inside links
 * @param paragraph whether a {@code <p>} element holds it: prose as the page wrote it
 */
record Block(String text, Kind kind, int chars, int linkChars, boolean paragraph) {

  enum Kind {
    TEXT,
    HEADING,
    TITLE,
    ITEM,
    QUOTE,
    PRE
  }

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }
}
