package dev.readout.bench.gold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gold-validate}: checks an annotator's files, resolves their pointers into {@code
 * resolved/<annotator>/}, and prints one line per problem and the counts per source.
 */
@Command(name = "gold-validate", mixinStandardHelpOptions = true, description = "Check and resolve the gold annotations of one annotator (docs/annotation.md).")
public final class GoldValidateCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "annotator name (A1) or its folder (readout-bench/gold/nlp/ann/A1)")
  String annotator;

  @Option(names = "--story", description = "check only this story id")
  String story;

  @CommandLine.Mixin GoldOptions options = new GoldOptions();

  @Option(names = "--ann", defaultValue = "readout-bench/gold/nlp/ann", description = "annotations root (default: ${DEFAULT-VALUE})")
  Path annRoot;

  @Option(names = "--resolved", defaultValue = "readout-bench/gold/nlp/resolved", description = "resolved output root (default: ${DEFAULT-VALUE})")
  Path resolvedRoot;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = annotator.contains("/") ? Path.of(annotator) : annRoot.resolve(annotator);
    String name = dir.getFileName().toString();
    if (!Files.isDirectory(dir)) {
      err.println(dir + ": no such folder");
      return 2;
    }
    GoldStories gold = GoldStories.load(options.corpus, options.stories);
    Vocabulary vocab = Vocabulary.load(options.corpus.resolve("plover/CAMEO2PLOVER-2021.txt"));
    Map<String, int[]> counts = new TreeMap<>();
    int bad = 0;
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json"))
          .filter(p -> story == null || p.getFileName().toString().equals(story + ".json"))
          .sorted().toList();
    }
    for (Path f : files) {
      String id = f.getFileName().toString().replaceFirst("\\.json$", "");
      StoryEntry entry = gold.entries().get(id);
      if (entry == null) {
        err.println(f + ": file: " + id + " is not a drawn story (see stories.jsonl)");
        bad++;
        continue;
      }
      AnnotationCheck.Result r;
      try {
        JsonNode root = JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
        r = new AnnotationCheck(vocab, gold.text(id).text()).check(root, entry, name);
      } catch (JsonProcessingException e) {
        err.println(f + ": file: not valid JSON at line " + e.getLocation().getLineNr() + " column "
            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        bad++;
        continue;
      }
      r.errors().forEach(e -> err.println(f + ": " + e));
      if (!r.errors().isEmpty()) {
        bad++;
        continue;
      }
      Path target = resolvedRoot.resolve(name).resolve(id + ".json");
      Files.createDirectories(target.getParent());
      Files.writeString(target, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r.resolved()) + "\n",
          StandardCharsets.UTF_8);
      int[] c = counts.computeIfAbsent(entry.source(), k -> new int[5]);
      c[0]++;
      c[1] += r.done() ? 1 : 0;
      c[2] += r.engagements();
      c[3] += r.statements();
      c[4] += r.events();
    }
    out.printf("%-12s %7s %5s %11s %10s %20s%n", "source", "stories", "done", "engagements", "statements",
        "events (not CONSULT)");
    int[] t = new int[5];
    counts.forEach((s, c) -> {
      out.printf("%-12s %7d %5d %11d %10d %20d%n", s, c[0], c[1], c[2], c[3], c[4]);
      for (int i = 0; i < t.length; i++) {
        t[i] += c[i];
      }
    });
    out.printf("%-12s %7d %5d %11d %10d %20d%n", "all", t[0], t[1], t[2], t[3], t[4]);
    out.printf("%d file(s) checked in %s, %d with errors; resolved into %s%n", files.size(), dir, bad,
        resolvedRoot.resolve(name));
    return bad == 0 ? 0 : 1;
  }
}
