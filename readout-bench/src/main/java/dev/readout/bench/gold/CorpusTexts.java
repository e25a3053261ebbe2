package dev.readout.bench.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the gold's story texts from the development corpus by the rules of {@code
 * docs/annotation.md} section 11. Every method returns the stories of one source in a fixed order.
 */
final class CorpusTexts {

  static final List<String> FUNDUS_COUNTRIES = List.of("us", "uk", "ca", "au");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern REUTERS =
      Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\">(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern REUTERS_DATE =
      Pattern.compile("(\\d{1,2})-([A-Z]{3})-(\\d{4}) (\\d{2}:\\d{2}:\\d{2})");
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final Pattern POLNEAR_DATE = Pattern.compile("^[^_]+_(\\d{4}-\\d{2}-\\d{2})_");

  private CorpusTexts() {}

  /** Every source, in the order reuters, newscluster, fundus, polnear. */
  static List<Candidate> all(Path corpus) throws IOException {
    List<Candidate> out = new ArrayList<>(reuters(corpus));
    out.addAll(newsCluster(corpus));
    out.addAll(fundus(corpus));
    out.addAll(polnear(corpus));
    return out;
  }

  static List<Candidate> reuters(Path corpus) throws IOException {
    List<Candidate> out = new ArrayList<>();
    for (Path f : sorted(corpus.resolve("reuters"), "reut2-", ".sgm")) {
      String sgml = Files.readString(f, StandardCharsets.ISO_8859_1);
      Matcher m = REUTERS.matcher(sgml);
      while (m.find()) {
        String doc = m.group(2);
        if (doc.contains("<BODY>")) {
          String locator = "reuters/" + f.getFileName() + "#NEWID=" + m.group(1);
          boolean tagged = doc.contains("<PEOPLE><D>") || doc.contains("<ORGS><D>");
          out.add(new Candidate(reutersStory("reuters-" + m.group(1), locator, doc), "", tagged));
        }
      }
    }
    return out;
  }

  private static StoryText reutersStory(String id, String locator, String doc) {
    String body = tag(doc, "BODY").replaceAll("(?i)\\s*Reuter\\s*(&#3;)?\\s*$", "");
    List<String> paras = new ArrayList<>();
    for (String p : body.split("\\n(?= {3,})")) {
      String clean = unescape(p.replaceAll("\\s+", " ").strip());
      if (!clean.isEmpty()) {
        paras.add(clean);
      }
    }
    String dateline = tag(doc, "DATELINE").strip();
    Matcher d = REUTERS_DATE.matcher(tag(doc, "DATE"));
    Optional<String> published = d.find()
        ? Optional.of(String.format("%s-%02d-%02dT%s", d.group(3), MONTHS.indexOf(d.group(2)) + 1,
            Integer.parseInt(d.group(1)), d.group(4)))
        : Optional.empty();
    return new StoryText(id, "reuters", locator, unescape(tag(doc, "TITLE").strip()), published,
        dateline.isEmpty() ? Optional.empty() : Optional.of(dateline), String.join("\n\n", paras));
  }

  static List<Candidate> newsCluster(Path corpus) throws IOException {
    List<Candidate> out = new ArrayList<>();
    for (Path f : sorted(corpus.resolve("news-cluster/data"), "", ".json")) {
      JsonNode n = JSON.readTree(f.toFile());
      String title = n.path("title").asText("").strip();
      List<String> lines = new ArrayList<>(n.path("text").asText("").lines()
          .map(String::strip).filter(l -> !l.isEmpty()).toList());
      if (!lines.isEmpty() && lines.get(0).equals(title)) {
        lines.remove(0);
      }
      String stem = f.getFileName().toString().replaceFirst("\\.json$", "");
      String id = "newscluster-" + stem.substring(0, Math.min(12, stem.length()));
      StoryText story = new StoryText(id, "newscluster", "news-cluster/data/" + f.getFileName(), title,
          present(n.path("date_publish")), Optional.empty(), String.join("\n\n", lines));
      out.add(new Candidate(story, category(n.path("newsCluster")), false));
    }
    return out;
  }

  // newsCluster is a JSON object in some files and a Python dict literal in a string in others.
  private static String category(JsonNode cluster) {
    if (cluster.has("Category")) {
      return cluster.get("Category").asText();
    }
    Matcher m = Pattern.compile("'Category': '([^']*)'").matcher(cluster.asText(""));
    return m.find() ? m.group(1) : "";
  }

  static List<Candidate> fundus(Path corpus) throws IOException {
    List<Candidate> out = new ArrayList<>();
    for (String country : FUNDUS_COUNTRIES) {
      for (Path f : sorted(corpus.resolve("fundus/test_data").resolve(country), "", ".json")) {
        String publisher = f.getFileName().toString().replaceFirst("\\.json$", "");
        JsonNode file = JSON.readTree(f.toFile());
        int n = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = file.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          n++;
          List<String> paras = new ArrayList<>();
          paragraphs(e.getValue().path("body"), false, paras);
          StoryText story = new StoryText("fundus-" + country + "-" + publisher + "-" + n, "fundus",
              "fundus/test_data/" + country + "/" + f.getFileName() + "#" + e.getKey(),
              e.getValue().path("title").asText("").strip(), present(e.getValue().path("publishing_date")),
              Optional.empty(), String.join("\n\n", paras));
          out.add(new Candidate(story, "", false));
        }
      }
    }
    return out;
  }

  private static void paragraphs(JsonNode node, boolean inParagraphs, List<String> out) {
    if (node.isTextual() && inParagraphs) {
      String p = node.asText().strip();
      if (!p.isEmpty()) {
        out.add(p);
      }
    } else if (node.isArray()) {
      node.forEach(c -> paragraphs(c, inParagraphs, out));
    } else if (node.isObject()) {
      node.fields().forEachRemaining(e -> paragraphs(e.getValue(), e.getKey().equals("paragraphs"), out));
    }
  }

  static List<Candidate> polnear(Path corpus) throws IOException {
    List<Candidate> out = new ArrayList<>();
    for (Path f : sorted(corpus.resolve("polnear/train/text"), "", ".txt")) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      String stem = f.getFileName().toString().replaceFirst("\\.txt$", "");
      Matcher d = POLNEAR_DATE.matcher(stem);
      String title = text.lines().findFirst().orElse("").strip();
      StoryText story = new StoryText("polnear-" + stem, "polnear", "polnear/train/text/" + f.getFileName(),
          title, d.find() ? Optional.of(d.group(1)) : Optional.empty(), Optional.empty(), text);
      out.add(new Candidate(story, "", false));
    }
    return out;
  }

  private static List<Path> sorted(Path dir, String prefix, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> {
        String name = p.getFileName().toString();
        return name.startsWith(prefix) && name.endsWith(suffix);
      }).sorted().toList();
    }
  }

  private static Optional<String> present(JsonNode value) {
    String s = value.isNull() || value.isMissingNode() ? "" : value.asText("").strip();
    return s.isEmpty() || s.equals("None") ? Optional.empty() : Optional.of(s);
  }

  private static String tag(String doc, String name) {
    int a = doc.indexOf("<" + name + ">");
    int b = doc.indexOf("</" + name + ">");
    return a < 0 || b < a ? "" : doc.substring(a + name.length() + 2, b);
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
