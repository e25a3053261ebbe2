package dev.readout.cli;

import dev.readout.dedup.StoryIndex;
import dev.readout.index.Follower;
import dev.readout.index.Grouper;
import dev.readout.index.IngestConfig;
import dev.readout.index.IngestListener;
import dev.readout.index.Ingester;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/** {@code readout ingest --follow DIR}: a line per WARC file ingested, until interrupted. */
final class FollowIngest {

  /** How often the folder is listed when the file system reports no change. */
  static final Duration POLL = Duration.ofSeconds(5);

  private FollowIngest() {}

  static int run(CommandLine.Model.CommandSpec spec, List<String> paths, Path data, IngestConfig config)
      throws IOException {
    if (paths.size() != 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--follow takes one folder, got " + paths.size() + " paths");
    }
    Path folder = Path.of(paths.get(0));
    PrintWriter out = spec.commandLine().getOut();
    out.println("following " + folder.toAbsolutePath().normalize() + " (Ctrl-C to stop)");
    out.flush();
    try (Ingester in = Ingester.open(data, config, Grouper.of(StoryIndex.inMemory()));
        Follower.WatchingWakeup wakeup = Follower.watching(folder, POLL)) {
      Follower follower = Follower.open(in, data, folder);
      follower.follow(wakeup, IngestListener.none(), (warc, s) -> {
        out.printf(Locale.ROOT, "%s: %d pages, %d articles added, %d already indexed, %d rejected; %d stories in index%n",
            warc.getFileName(), s.pages(), s.added(), s.known(), s.rejected().size(), s.stories());
        out.flush();
      });
    } catch (InterruptedException e) {
      // asked to stop between files: everything ingested is committed
      out.println("stopped");
      out.flush();
    }
    return 0;
  }
}
