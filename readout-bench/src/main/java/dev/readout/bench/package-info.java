/**
 * Evaluation and benchmarks, never part of the product: {@link dev.readout.bench.Eval} scores
 * Readout's HTML extraction on the development corpora (AEB, {@code cleaning/*}, fundus, htmldate) with the same
 * metrics as the reference scorers in {@code shared/eval}, beside the stored peers' outputs, and
 * times it against jsoup parsing alone, Readability4J and boilerpipe.
 *
 * <h2>Hints, Tips and Traps</h2>
 *
 * <ul>
 *   <li>The AEB metric tokenises like Python's {@code \w+}: combining marks split words.
 *   <li>Check agreement with the Python scorer by writing {@code --jsonl} and running
 *       {@code score_aeb.py} on it.
 *   <li>Pages are decoded here (BOM, declared charset, strict UTF-8, Windows-1252); the product's
 *       own decoder lives in {@code dev.readout.read}.
 * </ul>
 */
package dev.readout.bench;
