package dev.readout.bench.gold;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gold-draw}: draws the gold stories and writes {@code stories.jsonl}. */
@Command(name = "gold-draw", mixinStandardHelpOptions = true, description = "Draw the NLP gold stories (docs/annotation.md) into stories.jsonl.")
public final class GoldDrawCommand implements Callable<Integer> {

  @CommandLine.Mixin GoldOptions options = new GoldOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<StoryEntry> drawn = Draw.draw(CorpusTexts.all(options.corpus));
    Path out = options.stories;
    Files.createDirectories(out.toAbsolutePath().getParent());
    StringBuilder sb = new StringBuilder();
    drawn.forEach(e -> sb.append(e.toJson()).append('\n'));
    Files.writeString(out, sb, StandardCharsets.UTF_8);
    PrintWriter w = spec.commandLine().getOut();
    Map<String, int[]> counts = new TreeMap<>();
    for (StoryEntry e : drawn) {
      int[] c = counts.computeIfAbsent(e.source(), k -> new int[4]);
      c[e.political() ? 0 : 1]++;
      c[e.split().equals("tune") ? 2 : 3]++;
    }
    w.printf("%-12s %9s %13s %5s %5s%n", "source", "political", "non-political", "tune", "test");
    int[] t = new int[4];
    counts.forEach((s, c) -> {
      w.printf("%-12s %9d %13d %5d %5d%n", s, c[0], c[1], c[2], c[3]);
      for (int i = 0; i < 4; i++) {
        t[i] += c[i];
      }
    });
    w.printf("%-12s %9d %13d %5d %5d%n", "all", t[0], t[1], t[2], t[3]);
    w.printf("%d stories written to %s%n", drawn.size(), out);
    return 0;
  }
}
