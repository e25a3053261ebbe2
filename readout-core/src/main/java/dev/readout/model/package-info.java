/**
 * The records that cross stage boundaries: {@link dev.readout.model.RawDocument} (bytes as read) →
 * {@link dev.readout.model.Page} (decoded text or HTML) → {@link dev.readout.model.Article} (clean
 * article and metadata) → {@link dev.readout.model.AnnotatedArticle} (story, actors, statements,
 * engagements, topics).
 *
 * <p>Every record is immutable and null-free: an absent scalar is {@link java.util.Optional#empty()},
 * an absent list is empty. Compact constructors validate and copy. A failure to read or extract one
 * input is a {@link dev.readout.model.Rejected} record, never an exception that stops a batch.
 *
 * <h2>Traps</h2>
 * <ul>
 *   <li>{@link dev.readout.model.RawDocument#content()} hands out a read-only view; the record never
 *       exposes a {@code byte[]} so that {@code equals} compares content.
 *   <li>Dates are kept as the page states them ({@link dev.readout.model.StatedTime}): a local time
 *       stays local unless the page names its zone. A day with no year stays a
 *       {@link java.time.MonthDay}; the clock is never consulted.
 * </ul>
 */
package dev.readout.model;
