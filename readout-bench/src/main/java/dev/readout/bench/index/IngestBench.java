package dev.readout.bench.index;

import dev.readout.index.IngestConfig;
import dev.readout.index.IngestListener;
import dev.readout.index.IngestSummary;
import dev.readout.index.Ingester;
import dev.readout.read.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * End-to-end ingest throughput: generates N plain-text pages (about 2 KB each) into a folder,
 * then times {@code Ingester.ingest} with the standard pipeline (read, extract, group, index,
 * commit). Usage: {@code IngestBench WORKDIR [PAGES=100000] [SEED=1] [BATCH=1000]}.
 */
public final class IngestBench {

  private IngestBench() {}

  public static void main(String[] args) throws IOException {
    Path work = Path.of(args[0]);
    int pages = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    int batch = args.length > 3 ? Integer.parseInt(args[3]) : IngestConfig.defaults().batchSize();
    Path in = work.resolve("pages");
    if (!Files.isDirectory(in)) {
      generate(in, pages, new SplittableRandom(seed));
    }
    Path data = work.resolve("data-" + System.nanoTime());
    long t0 = System.nanoTime();
    IngestSummary s;
    try (Ingester ingester = Ingester.open(data, new IngestConfig(batch, Runtime.getRuntime().availableProcessors()), dev.readout.index.Grouper.of(dev.readout.dedup.StoryIndex.inMemory()))) {
      s = ingester.ingest(Sources.open(List.of(in.toString())), IngestListener.none());
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "pages=%d added=%d rejected=%d seconds=%.1f pages/s=%.0f%n",
        s.pages(), s.added(), s.rejected().size(), secs, s.pages() / secs);
  }

  static void generate(Path dir, int pages, SplittableRandom rnd) throws IOException {
    for (int i = 0; i < pages; i++) {
      Path sub = dir.resolve(String.format(Locale.ROOT, "%03d", i / 1000));
      if (i % 1000 == 0) {
        Files.createDirectories(sub);
      }
      StringBuilder sb = new StringBuilder(Pages.headline(rnd, i)).append("\n\n");
      for (int p = 0; p < 5; p++) {
        sb.append(Pages.paragraph(rnd, 60)).append("\n\n");
      }
      Files.writeString(sub.resolve(String.format(Locale.ROOT, "%06d.txt", i)), sb.toString());
    }
  }
}
