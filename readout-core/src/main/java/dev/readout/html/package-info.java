/**
 * Main-content and metadata extraction for HTML pages, behind one facade,
 * {@link dev.readout.html.HtmlArticles#extract}.
 *
 * <p>How it works: the page is parsed once with jsoup. {@code PageMeta} reads what the page states
 * (meta tags, JSON-LD, microdata, {@code <time>}, the URL) before anything is removed. {@code
 * Cleaner} drops scripts, styles and hidden nodes. {@code Comments} takes reader comments and forum
 * replies out of the page by markup convention ({@code comments.tsv}), with their names and times,
 * before the article is chosen, so that no comment can become body text. {@code Stats} measures every element bottom-up
 * (visible characters, link characters, clause punctuation). {@code ContentFinder} scores
 * paragraph-like blocks and lets the score flow to their ancestors, weighted by markup evidence
 * ({@code Evidence}: tag, class, id, ARIA role, itemprop) and by the JSON-LD {@code articleBody}
 * when there is one; the best ancestor and its good siblings hold the article. {@code BlockWriter}
 * walks them into blocks, setting aside comments, related links, share bars, navigation, widgets,
 * bylines and captions; {@code BlockFilter} drops link lists, boilerplate lines, duplicates and
 * edge bylines and dates.
 *
 * <p>Contract: {@code Draft.tags()} values are as stated, best first; dates are ISO-8601 with a
 * time and offset only when the page states them; authors are cleaned person names.
 *
 * <h2>Hints, Tips and Traps</h2>
 *
 * <ul>
 *   <li>Character counts ignore whitespace, so CJK pages (no spaces) and Latin pages score alike.
 *   <li>A negative class on a subtree is trusted only when the subtree holds under 40% of the
 *       container: whole articles sit in {@code <div class="post has-sidebar">}.
 *   <li>Scores live in an identity map beside the DOM, never in attributes.
 *   <li>Dates are read in the page's local time: {@code 2020-06-07T23:30-04:00} is the 7th; a UTC
 *       time moves to the country's day only when every offset of the country agrees.
 *   <li>The first {@code <h1>} is often the last crumb of a breadcrumb trail; the headline is then
 *       the {@code <h2>} below it, maybe with a kicker in its own element.
 *   <li>Comment markup names more than comments: counts, notices and forms of an empty section
 *       ({@code comment-count__text}, {@code Nessun commento}), and an article split into
 *       {@code post-text} paragraphs looks like a forum. A comment needs a name or time beside it,
 *       others of its kind, or a few sentences; forum posts need a poster each.
 *   <li>Methods must generalise: every rule here is about markup conventions, not one site.
 * </ul>
 */
package dev.readout.html;
