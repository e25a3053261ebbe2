/**
 * Charts as SVG text, drawn on the server by pure functions of the index's count records: {@link
 * dev.readout.server.chart.TimeChart} (counts by month and category as stacked bars) and {@link
 * dev.readout.server.chart.NetworkChart} (a weighted graph of actors). Same input, same bytes: the
 * tests compare whole drawings with golden files.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>Every bar, node and edge is a link ({@code <a href>}) to the view that lists what it
 *       counts; the caller says where through a small link interface, so the charts know nothing
 *       of the UI's routes. Every mark has a {@code <title>} with its exact count.
 *   <li>Styling is by presentation attributes and classes, never {@code style} attributes, so the
 *       content security policy ({@code style-src 'self'}) holds when the UI inlines the drawing.
 * </ul>
 *
 * <h2>Hints, Tips and Traps</h2>
 *
 * <ul>
 *   <li>Names and categories come from pages and are hostile: every text and attribute value
 *       goes through {@link dev.readout.server.chart.Svg}'s escaping, and hrefs are built by the
 *       caller from encoded parts. The UI still drops scripts, {@code foreignObject}, event
 *       attributes and hrefs outside the app when it inlines a drawing.
 *   <li>Numbers are written with {@link java.util.Locale#ROOT}: a decimal comma breaks SVG.
 *   <li>More categories or actors than a glance can take are cut by the index (eight series,
 *       the most engaged actors), not here; a new kind of chart (dyads, PLOVER event edges) is a
 *       {@code TimeSeries} or {@code Network} of its own drawn by the same functions.
 * </ul>
 */
package dev.readout.server.chart;
