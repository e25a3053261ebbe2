package dev.readout.nlp;

/**
 * The punctuation tokens the rules name, each with the text the {@link Tokenizer} gives it. A
 * token is a mark when its text is exactly the mark's ({@link Token#is(Mark)}). Quotation marks
 * are not here: they differ by language and come from {@code quote-marks.tsv}.
 */
enum Mark {
  COMMA(","),
  PERIOD("."),
  COLON(":"),
  SEMICOLON(";"),
  LEFT_PAREN("("),
  RIGHT_PAREN(")"),
  HYPHEN("-"),
  /** Two hyphens standing for a dash. */
  DOUBLE_HYPHEN("--"),
  EN_DASH("–"),
  EM_DASH("—"),
  AMPERSAND("&"),
  PERCENT("%"),
  EXCLAMATION_MARK("!"),
  QUESTION_MARK("?");

  private final String text;

  Mark(String text) {
    this.text = text;
  }

  /** The mark as the tokenizer writes it. */
  String text() {
    return text;
  }
}
