package dev.readout.index;

import dev.readout.read.Sources;
import java.nio.file.Path;
import java.util.List;

/** A separate JVM that ingests a folder, printing a line per commit, for the kill-and-resume test. */
public final class IngestChild {

  private IngestChild() {}

  public static void main(String[] args) throws Exception {
    try (Ingester in = Ingester.open(Path.of(args[0]), new IngestConfig(Integer.parseInt(args[2]), 2), Grouper.of(dev.readout.dedup.StoryIndex.inMemory()))) {
      in.ingest(Sources.open(List.of(args[1])), new IngestListener() {
        @Override
        public void onPage() {}

        @Override
        public void onCommit(long articles) {
          System.out.println("committed " + articles);
          System.out.flush();
        }
      });
    }
    System.out.println("done");
  }
}
