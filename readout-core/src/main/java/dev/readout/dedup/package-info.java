/**
 * Stories: exact and near-duplicate copies of one article (syndication) grouped together, with
 * lookalikes about other events kept apart. {@link dev.readout.dedup.StoryIndex} is the component
 * that holds the corpus-wide state; everything else here is package-private machinery.
 *
 * <h2>How an article joins a story</h2>
 *
 * <ol>
 *   <li><b>Fingerprint</b> ({@code Fingerprinter}): the body is tokenised into case-folded words;
 *       a dateline opening the body is cut off (its place kept as evidence); paragraphs shorter
 *       than 12 words (navigation, share lines, credits, most captions) are left out of the text
 *       sketches. From word 3-grams come a one-permutation MinHash of 64 bins (16 LSH bands of 4),
 *       a MinHash of the first 60 3-grams, the lead (8 bands), and bottom-k samples of the 3-grams
 *       (64), of the lead (16), of numbers and of capitalised names (16 each). About 0.5 KB.
 *   <li><b>Candidates</b> ({@code BandTable}): articles sharing any band. The lead bands catch
 *       trimmed copies, whose Jaccard similarity over the whole text is low.
 *   <li><b>Verification</b> ({@code Verifier}): same normalised body, or estimated containment of
 *       the shorter text in the longer of at least {@link dev.readout.dedup.StoryConfig#minContainment()},
 *       not contradicted by evidence: a different dateline place, publication more than 31 days
 *       apart, numbers or names of the shorter text missing from the longer. Below 0.8
 *       containment the openings must agree too, and short texts (under 100 3-grams) need 0.8.
 *   <li><b>Grouping</b> ({@code Groups}): union-find; the story id is {@code "s"} + the smallest
 *       article id of the story, the canonical copy is the longest text (ties: earliest, then
 *       smallest id).
 * </ol>
 *
 * <h2>Hints, Tips and Traps</h2>
 *
 * <ul>
 *   <li>Grouping is independent of arrival order because verification is a symmetric function of
 *       two fingerprints (never of index-wide statistics such as document frequency) and the
 *       partition is the connected components of verified pairs. The one exception is a bucket of
 *       more than {@code BandTable.MAX_BUCKET} (2,000) articles, walked newest first and cut
 *       short: only identical boilerplate bodies make such buckets.
 *   <li>Grouping is transitive: A copies B and B copies C puts A and C together even when A and
 *       C share little (a long canonical with two copies trimmed differently). This is wanted for
 *       syndication; it is also how one false match can join two stories, so verification errs
 *       on the side of keeping apart.
 *   <li>Jaccard is the wrong measure for copies: a copy cut to 40% has Jaccard 0.4 with the full
 *       text but containment near 1. Bottom-k samples compared below the smaller of their two
 *       thresholds give an unbiased containment estimate from compact state alone.
 *   <li>Formulaic language and shared quotes are the lookalike trap: two reports of different
 *       meetings between the same ministers can share 20% of their 3-grams. Containment thresholds
 *       alone do not separate short texts that quote one statement at length; the lead check and
 *       the higher bar for short texts do.
 *   <li>{@code StoryMember.cut/added} compare paragraph hashes: a paragraph split in two shows as
 *       one cut and two added. With excerpts off they name paragraphs by position.
 *   <li>The body's boilerplate is the extractor's job; this stage only makes sure boilerplate
 *       left behind does not decide a match.
 * </ul>
 */
package dev.readout.dedup;
