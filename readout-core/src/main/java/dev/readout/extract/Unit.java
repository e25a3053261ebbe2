package dev.readout.extract;

/**
 * One line-level unit of a plain-text page: a line, or a paragraph reflowed from hard-wrapped
 * lines.
 *
 * @param text whitespace-normalised text
 * @param block index of the run of non-blank lines it came from
 */
record Unit(String text, int block) {}
