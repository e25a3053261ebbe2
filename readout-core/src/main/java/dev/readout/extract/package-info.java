/**
 * Finds the article in a page: title, body paragraphs, captions, standfirst, and what was dropped
 * and why. One extractor per page kind ({@link dev.readout.extract.TextExtractor} for plain-text
 * dumps, {@link dev.readout.extract.HtmlExtractor} for HTML), each a pure function from a
 * {@link dev.readout.model.Page} to a {@link dev.readout.model.Draft}; metadata resolution is the
 * next stage's work ({@link dev.readout.meta}).
 */
package dev.readout.extract;
