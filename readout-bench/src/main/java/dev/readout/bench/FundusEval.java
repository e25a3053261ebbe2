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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Fundus test pages: title exact after whitespace normalisation, authors set F1, publishing day,
 * body 4-gram F1. A publisher's JSON lists parser versions in order; its pages, sorted by name
 * (which carries the date), belong to them in the same order.
 */
@Command(name = "fundus", description = "fundus test data: title, authors, day, body")
final class FundusEval extends SetEval {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Set<String> BODY_KEYS = Set.of("summary", "sections", "headline", "paragraphs");

  @Option(names = "--misses", description = "print title and date misses")
  boolean misses;

  /** The targets: title exact and publishing day each on at least 90% of the pages. */
  @Override
  boolean met(List<Row> rows) {
    return rows.get(0).readout() >= 0.9 && rows.get(1).readout() >= 0.9;
  }

  /** Scores the pages, prints the summary, and returns rows: title, day, authors, body F1. */
  @Override
  List<Row> score(PrintWriter out) throws IOException {
    Path root = common.corpus.resolve("fundus/test_data");
    List<Path> jsons;
    try (Stream<Path> s = Files.walk(root)) {
      jsons = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    int n = 0;
    int titles = 0;
    int days = 0;
    double authorF1 = 0;
    Map<String, String> goldBodies = new HashMap<>();
    Map<String, String> bodies = new HashMap<>();
    try (Outputs o = new Outputs(common.jsonl)) {
      for (Path json : jsons) {
        String pub = json.getFileName().toString().replaceFirst("\\.json$", "");
        List<Path> files = files(json.getParent(), pub);
        JsonNode meta = JSON.readTree(json.getParent().resolve("meta.info").toFile());
        JsonNode gold = JSON.readTree(json.toFile());
        Iterator<JsonNode> versions = gold.elements();
        for (Path f : files) {
          JsonNode g = versions.next();
          String url = meta.path(f.getFileName().toString()).path("url").asText("");
          Draft d = HtmlArticles.extract(PageFiles.read(f), url.isEmpty() ? Optional.empty() : Optional.of(URI.create(url.replace(" ", "%20"))));
          o.write(f.toString(), d);
          n++;
          String title = Outputs.Drafts.title(d);
          boolean titleOk = ws(title).equals(ws(g.path("title").asText("")));
          titles += titleOk ? 1 : 0;
          String day = Outputs.Drafts.first(d, Draft.Tag.PUBLISHED);
          String goldDay = g.path("publishing_date").asText("");
          boolean dayOk = day.length() >= 10 && goldDay.length() >= 10 && day.substring(0, 10).equals(goldDay.substring(0, 10));
          days += dayOk ? 1 : 0;
          authorF1 += setF1(strings(g.get("authors")), Outputs.Drafts.all(d, Draft.Tag.AUTHOR));
          goldBodies.put(f.toString(), body(g.get("body")));
          bodies.put(f.toString(), Outputs.Drafts.body(d));
          if (misses && (!titleOk || !dayOk)) {
            out.printf(Locale.ROOT, "  %s%n    title %s | gold %s%n    day %s | gold %s%n", root.relativize(f), title, g.path("title").asText(""), day, goldDay);
          }
        }
      }
    }
    AebMetric.Score body = AebMetric.score(goldBodies, bodies);
    out.printf(Locale.ROOT, "fundus: %d pages; title exact %.3f; publishing day %.3f; authors F1 %.3f; body F1 %.3f P %.3f R %.3f%n",
        n, (double) titles / n, (double) days / n, authorF1 / n, body.f1(), body.precision(), body.recall());
    return List.of(
        Row.alone("fundus", n, "title exact", (double) titles / n),
        Row.alone("fundus", n, "publishing day", (double) days / n),
        Row.alone("fundus", n, "authors F1", authorF1 / n),
        Row.alone("fundus", n, "body F1", body.f1()));
  }

  private static List<Path> files(Path dir, String pub) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> {
        String name = p.getFileName().toString();
        return name.startsWith(pub + "_") && name.endsWith(".html.gz") && name.substring(pub.length() + 1).matches("\\d{4}_\\d{2}_\\d{2}.*");
      }).sorted().toList();
    }
  }

  static String ws(String s) {
    return s.replaceAll("(?U)\\s+", " ").strip();
  }

  /** A gold field that is a list, or a Python list written as a string. */
  private static List<String> strings(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(x -> out.add(x.asText()));
      return out;
    }
    Matcher m = QUOTED.matcher(v.asText());
    while (m.find()) {
      out.add(unescape(m.group(1) != null ? m.group(1) : m.group(2)));
    }
    return out;
  }

  private static String body(JsonNode v) {
    List<String> parts = new ArrayList<>();
    if (v != null && v.isContainerNode()) {
      texts(v, parts);
      return String.join("\n\n", parts);
    }
    for (String s : strings(v)) {
      if (!BODY_KEYS.contains(s)) {
        parts.add(s);
      }
    }
    return String.join("\n\n", parts);
  }

  private static void texts(JsonNode v, List<String> out) {
    if (v.isTextual()) {
      out.add(v.asText());
    }
    v.forEach(c -> texts(c, out));
  }

  private static String unescape(String s) {
    return s.replace("\\'", "'").replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
  }

  static double setF1(List<String> gold, List<String> pred) {
    Set<String> g = new HashSet<>();
    gold.forEach(x -> g.add(ws(x).toLowerCase(Locale.ROOT)));
    Set<String> p = new HashSet<>();
    pred.forEach(x -> p.add(ws(x).toLowerCase(Locale.ROOT)));
    if (g.isEmpty() && p.isEmpty()) {
      return 1;
    }
    Set<String> both = new HashSet<>(g);
    both.retainAll(p);
    return g.isEmpty() || p.isEmpty() ? 0 : 2.0 * both.size() / (g.size() + p.size());
  }
}
