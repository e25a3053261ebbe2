package dev.readout.extract;

import dev.readout.text.Script;
import dev.readout.text.Scripts;
import java.util.regex.Pattern;

/**
 * Injected spam: keyword runs and link farms, typically in another script than the article,
 * appended to a page by a compromised template. Recognised by shape, not by vocabulary: many short
 * segments between separators and no sentence in them.
 */
final class Spam {

  private static final Pattern SEPARATORS = Pattern.compile("\\s*[|｜、,，;；/]\\s*|\\s{2,}");

  private static final String SEPARATOR_CHARS = "|｜、,，;；/";

  private Spam() {}

  /**
   * Whether a line is a keyword run: at least six segments averaging at most eight words, written in
   * another script than the article, or at least fifteen such segments whatever the script.
   */
  static boolean isKeywordRun(String line, Script articleScript) {
    int separators = 0;
    for (int i = 0; i < line.length(); i++) {
      if (SEPARATOR_CHARS.indexOf(line.charAt(i)) >= 0) {
        separators++;
      }
    }
    // Cheap guard before splitting: prose has far more words than separators.
    if (separators < 5 || Scripts.wordCount(line) > (separators + 1) * 8) {
      return false;
    }
    String[] segments = SEPARATORS.split(line);
    if (segments.length < 6) {
      return false;
    }
    int words = Scripts.wordCount(line);
    if (words > segments.length * 8) {
      return false;
    }
    Script script = Scripts.dominant(line);
    boolean foreign = script != articleScript && script != Script.NONE && articleScript != Script.NONE;
    return foreign || segments.length >= 15;
  }

  /** Whether a line is mostly in another script than the article (a stray foreign-script line). */
  static boolean isForeign(String line, Script articleScript) {
    Script s = Scripts.dominant(line);
    return articleScript != Script.NONE
        && s != Script.NONE
        && s != articleScript
        && !(Scripts.unspaced(s) && Scripts.unspaced(articleScript));
  }
}
