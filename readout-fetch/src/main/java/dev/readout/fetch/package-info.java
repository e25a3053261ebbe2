/**
 * Fetching: feeds, sitemaps and start pages to WARC files, politely, incrementally and crash-safe.
 * {@link dev.readout.fetch.Fetcher} is the facade; everything else here is package-private
 * machinery. This is the only module that touches the network; the core reads what it writes.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>A source is what its body says it is: {@code <rss}, {@code <feed} or {@code <rdf:RDF} is a
 *       feed (Rome), {@code <urlset} or {@code <sitemapindex} (or gzip) a sitemap (crawler-commons,
 *       news sitemaps included), HTML a start page whose links on its own host are followed to
 *       {@link dev.readout.fetch.FetchConfig#depth()}. Anything else is one problem line.
 *   <li>A page is fetched once: URLs are normalised ({@code Urls}) before they are compared, within a
 *       round and against the state file; a redirect's start and end are both recorded.
 *   <li>Only 2xx HTML (or untyped, or plain text) bodies within the size limit are written, as a
 *       response and a request record; a 304 for a source means nothing new and is not a fetch.
 *   <li>Order of writes: WARC record bytes, then the state line naming the file and its length after
 *       them, then (when full or at the end of the round) sync and rename of the file. A crash
 *       between any two leaves nothing that recovery ({@code WarcOutput.open}) cannot put right.
 * </ul>
 *
 * <h2>Hints, Tips and Traps</h2>
 *
 * <ul>
 *   <li>The JDK client's request timeout covers only the wait for headers; the whole-exchange
 *       deadline is the {@code get} on the future, and cancelling it closes the connection.
 *   <li>{@code BodySubscribers.replacing} and {@code discarding} read the whole body before
 *       completing: a huge body must be cancelled, which {@code BoundedBody} does.
 *   <li>An unknown host shows up as a {@code ConnectException} caused by {@code
 *       UnresolvedAddressException}, not an {@code UnknownHostException}.
 *   <li>A sitemap index is read again every round (no validators kept): the sitemaps it lists
 *       change while it does not.
 *   <li>Validators of a feed are recorded only when every page it listed was dealt with for good;
 *       otherwise the next round's 304 would hide a page that failed for a passing reason.
 * </ul>
 */
package dev.readout.fetch;
