/**
 * The embedded index: {@link dev.readout.index.Ingester} writes annotated articles into a Lucene
 * index in a data folder; {@link dev.readout.index.Corpus} reads it (search with facets, articles,
 * stories, actors, engagement timelines, counts); {@link dev.readout.index.Follower} feeds an
 * ingester each WARC file a fetcher closes in a folder, as it appears.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>One block of documents per article: the article, then one per statement, engagement and
 *       actor, all keyed by the article id, replaced as a whole. Story groupings are documents of
 *       their own, keyed by story id.
 *   <li>Every document stores its record's JSON ({@code ArticleJson} for articles). Fields that
 *       later stages add to the records reach the API and UI without a change here; only new
 *       filters or facets need code.
 *   <li>Ingest is idempotent (article id = content id) and crash-safe (batches commit atomically).
 * </ul>
 *
 * <h2>Hints, Tips and Traps</h2>
 *
 * <ul>
 *   <li>Filters match a lower-cased exact key ({@code Fields.key}); facets show values as written.
 *       A speaker or actor filter takes either the canonical name or the actor id.
 *   <li>Story grouping is replayed from the index on {@link dev.readout.index.Ingester#open}, in
 *       arrival order. That is a full read of the stored articles: fine for hundreds of thousands,
 *       slow for tens of millions. Once {@code StoryIndex} persists itself, pass that instead.
 *   <li>When grouping relabels earlier articles, their blocks are rewritten with the new story id
 *       and the old story's document is deleted if the story is gone.
 *   <li>A followed folder is listed, not watched file by file: a watch event only wakes the
 *       {@code Follower}, which then ingests every closed file it has not done, so a missed or
 *       coalesced event costs nothing but the wait for the next poll.
 *   <li>Facet ordinals are built once per reader (first facet request after a refresh): the first
 *       search after a commit pays for it.
 *   <li>Copies, mentions and independent reports of one engagement are merged when the timeline
 *       is read ({@code EngagementMerge}: same type, set of participant ids and day; undated
 *       reports only within their story), rather than stored merged, so a re-grouping never
 *       leaves stale merges behind. The status filter applies to merged entries (a report that it
 *       happened outweighs an announcement), so it is not a Lucene query; engagement documents index
 *       status and actor and recipient ids for exact-match queries on reports (none uses them
 *       yet). Charts and the who-met-whom network count the same merged entries
 *       ({@code Timelines.merged}, then the pure functions of {@code Aggregates}), so a story
 *       carried by ten outlets counts once everywhere. They read stored JSON, at most 10,000
 *       reports a request, and say when they were cut ({@code truncated}).
 *   <li>A query of exclusions only ({@code -Russia}) or {@code *} matches documents of every kind:
 *       the kind filter is left out only when the words must match a field of one kind.
 * </ul>
 */
package dev.readout.index;
