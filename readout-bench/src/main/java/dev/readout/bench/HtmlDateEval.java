package dev.readout.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readout.model.Draft;
import dev.readout.html.HtmlArticles;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** htmldate's MediaCloud 2020 pages: publication-day accuracy, as {@code score_dates.py}. */
@Command(name = "htmldate", description = "htmldate pages: publication-day accuracy")
final class HtmlDateEval extends SetEval {

  @Option(names = "--misses", description = "print the pages dated wrongly")
  boolean misses;

  /** Scores the pages, prints the summary (and misses), and returns the day-accuracy row. */
  @Override
  List<Row> score(PrintWriter out) throws IOException {
    Path dir = common.corpus.resolve("htmldate");
    JsonNode gold = new ObjectMapper().enable(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS).readTree(dir.resolve("eval_mediacloud_2020.json").toFile());
    int n = 0;
    int ok = 0;
    int dated = 0;
    try (Outputs o = new Outputs(common.jsonl)) {
      for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Path f = dir.resolve("pages").resolve(e.getValue().path("file").asText() + ".gz");
        n++;
        if (!Files.exists(f)) {
          continue;
        }
        Optional<URI> url = Optional.empty();
        try {
          url = Optional.of(URI.create(e.getKey().replace(" ", "%20")));
        } catch (IllegalArgumentException bad) {
          // unparsable address: extract without it
        }
        Draft d = HtmlArticles.extract(PageFiles.read(f), url);
        o.write(f.toString(), d);
        String day = Outputs.Drafts.first(d, Draft.Tag.PUBLISHED);
        String want = e.getValue().path("date").asText();
        dated += day.isEmpty() ? 0 : 1;
        if (day.length() >= 10 && day.substring(0, 10).equals(want)) {
          ok++;
        } else if (misses) {
          out.printf(Locale.ROOT, "  %s got %s want %s  %s%n", f.getFileName(), day, want, e.getKey());
        }
      }
    }
    out.printf(Locale.ROOT, "htmldate: day accuracy %.3f (%d/%d), dated %d%n", (double) ok / n, ok, n, dated);
    return List.of(Row.alone("htmldate", n, "publication day", (double) ok / n));
  }

  /** The target: the right day on at least 92% of the pages. */
  @Override
  boolean met(List<Row> rows) {
    return rows.get(0).readout() >= 0.92;
  }
}
