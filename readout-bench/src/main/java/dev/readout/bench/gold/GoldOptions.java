package dev.readout.bench.gold;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every gold command shares: where the corpus and the drawn stories are. */
final class GoldOptions {

  @Option(names = "--corpus", defaultValue = "/work/shared/corpus", description = "corpus folder (default: ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--stories", defaultValue = "readout-bench/gold/nlp/stories.jsonl",
      description = "drawn stories (default: ${DEFAULT-VALUE})")
  Path stories;
}
