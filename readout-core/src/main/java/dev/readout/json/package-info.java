/**
 * The JSON form of Readout's records: one object per article, as {@code readout extract} writes
 * it and as the index, server and Spark job read it back. {@code docs/schema.md} documents it.
 *
 * <h2>Contract</h2>
 * Field names are snake_case. Absent scalars are {@code null}, absent lists {@code []}: a reader
 * can rely on every documented key being present. Later issues add fields; none is renamed or
 * removed. {@link dev.readout.json.ArticleJson#read} ignores keys it does not know, so older
 * readers accept newer output.
 */
package dev.readout.json;
