/**
 * Evaluation and throughput of the annotation stage ({@link dev.readout.nlp.Annotator}):
 * {@link dev.readout.bench.nlp.NlpEval} writes JSON Lines for the shared scorers
 * ({@code score_seeds.py}, {@code score_polnear.py}) and measures articles per second on one
 * thread. Development tooling only, never part of the product.
 */
package dev.readout.bench.nlp;
