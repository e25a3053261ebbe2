/**
 * The NLP gold set of issue 13: the draw of stories, their texts, and the check of annotations.
 *
 * <p>{@link dev.readout.bench.gold.CorpusTexts} builds each story's text from {@code ../shared/corpus}
 * by the rules of {@code docs/annotation.md} (section 11); the annotation's character offsets point
 * into exactly these strings, so any evaluation must take its texts from here too. {@code Draw}
 * picks the stories by keyword strata and a hash order, never by Readout's output. {@code
 * Annotations} checks an annotator's file and resolves its pointers (a few quoted words) to
 * offsets.
 *
 * <p>Traps: offsets are Java {@code String} indexes (UTF-16); the drawn texts hold no
 * supplementary characters, so Python indexes agree. A change to a text rule changes {@code
 * text_sha256} and invalidates every annotation of that source: the draw rule is frozen.
 */
package dev.readout.bench.gold;
