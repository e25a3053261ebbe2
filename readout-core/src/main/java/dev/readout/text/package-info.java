/**
 * Text primitives every stage shares: which writing system a string is in, how many words it
 * has, whitespace normalisation. Pure static functions over {@link java.lang.String}.
 *
 * <h2>Traps</h2>
 * Chinese and Japanese have no spaces: {@link dev.readout.text.Scripts#wordCount} counts two Han
 * characters as one word, so length rules written for English carry over roughly.
 */
package dev.readout.text;
