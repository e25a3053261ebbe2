/**
 * The HTTP front end: a JSON API and a web UI over a {@link dev.readout.index.Corpus}.
 * {@link dev.readout.server.ReadoutServer#create} builds an unstarted server.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>GET only, JSON in {@code docs/api.md}; bad parameters give 400 naming the parameter,
 *       unknown ids 404, every error a JSON object.
 *   <li>The UI is plain HTML, CSS and JavaScript from a fixed list of classpath files; it renders
 *       whatever the API returns, so fields later stages add appear without a UI change.
 * </ul>
 *
 * <h2>Hints, Tips and Traps</h2>
 *
 * <ul>
 *   <li>Article text is hostile: the UI only ever sets {@code textContent}, never {@code
 *       innerHTML}, and the content security policy forbids inline script as a second wall.
 *   <li>Binds 127.0.0.1 unless told otherwise; the API has no authentication.
 *   <li>Handlers stay a few lines: parameters into a record, the corpus answers, JSON out.
 * </ul>
 */
package dev.readout.server;
