/**
 * Index benchmarks (not tests): {@link dev.readout.bench.index.IngestBench} times end-to-end
 * ingest of generated plain-text pages; {@link dev.readout.bench.index.BuildIndex} writes a large
 * synthetic index; {@link dev.readout.bench.index.SearchLoad} is the load client that measures
 * search latency against a running {@code readout serve} from a second process.
 * Commands and figures: {@code docs/performance.md}.
 */
package dev.readout.bench.index;
