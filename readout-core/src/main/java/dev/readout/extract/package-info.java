/**
 * Finds the article in a page: title, body paragraphs, captions, standfirst, and what was dropped
 * and why. One extractor per page kind ({@link dev.readout.extract.TextExtractor} for plain-text
 * dumps, {@link dev.readout.extract.HtmlExtractor} for HTML), each a pure function from a
 * {@link dev.readout.model.Page} to a {@link dev.readout.model.Draft}; metadata resolution is the
 * next stage's work ({@link dev.readout.meta}).
 *
 * <h2>Traps</h2>
 *
 * <ul>
 *   <li>Furniture rules ({@code boilerplate.tsv}) drop whole lines, so a rule that fires on a word
 *       ("copyright") must not reach a long line: crawlers flatten whole articles into one line,
 *       with inline photo credits. A line of 25 words or more is dropped only by a rule that
 *       matches at its start (a footer opens with its notice); phrase rules cut a credit out of it
 *       and keep the rest.
 *   <li>Text decoded with the wrong charset carries mojibake such as {@code Ã©} for {@code é}: a
 *       {@code ©} right after a letter is not a copyright sign.
 * </ul>
 */
package dev.readout.extract;
