package dev.readout.extract;

import dev.readout.text.Scripts;

/**
 * One line-level unit of a plain-text page: a line, or a paragraph reflowed from hard-wrapped
 * lines.
 *
 * @param text whitespace-normalised text
 * @param block index of the run of non-blank lines it came from
 * @param words its {@link Scripts#wordCount}, counted once
 */
record Unit(String text, int block, int words) {

  Unit(String text, int block) {
    this(text, block, Scripts.wordCount(text));
  }
}
