package dev.readout.bench.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the real articles of the development corpora: news-cluster JSON and Reuters-21578 SGML. */
final class Sources {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern REUTERS = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\">(.*?)</REUTERS>", Pattern.DOTALL);
  private static final DateTimeFormatter REUTERS_DATE =
      new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMM-yyyy").toFormatter(Locale.ENGLISH);

  private Sources() {}

  /** The news-cluster articles with a text, in file name order. */
  static List<Source> newsCluster(Path dir) throws IOException {
    List<Source> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode n = JSON.readTree(f.toFile());
        String text = n.path("text").asText("");
        String title = n.path("title").asText("");
        List<String> paras = new ArrayList<>(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        if (!paras.isEmpty() && paras.get(0).equals(title)) {
          paras.remove(0);
        }
        String event = eventId(n.path("newsCluster"));
        String date = n.path("date_publish").asText("");
        LocalDate day = date.length() >= 10 && Character.isDigit(date.charAt(0)) ? LocalDate.parse(date.substring(0, 10)) : LocalDate.of(2016, 1, 1);
        out.add(new Source("news-cluster/" + f.getFileName(), title, paras, Optional.empty(), day, "event " + event));
      }
    }
    return out;
  }

  // newsCluster is a JSON object in some files and a Python dict literal in a string in others.
  private static String eventId(JsonNode cluster) {
    if (cluster.has("EventId")) {
      return cluster.get("EventId").asText();
    }
    Matcher m = Pattern.compile("'EventId':\\s*'?([^,'}]+)").matcher(cluster.asText(""));
    return m.find() ? m.group(1).strip() : "?";
  }

  /** The Reuters stories with a body, from every {@code reut2-*.sgm} in {@code dir}. */
  static List<Source> reuters(Path dir) throws IOException {
    List<Source> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".sgm")).sorted().toList()) {
        String sgml = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        Matcher m = REUTERS.matcher(sgml);
        while (m.find()) {
          reuters(m.group(1), m.group(2)).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private static Optional<Source> reuters(String id, String doc) {
    String body = tag(doc, "BODY");
    if (body.isEmpty()) {
      return Optional.empty();
    }
    body = body.replaceAll("\\s*Reuter\\s*(&#3;)?\\s*$", "");
    List<String> paras = Arrays.stream(body.split("\\n(?= {3,})"))
        .map(p -> unescape(p.replaceAll("\\s+", " ").strip()))
        .filter(p -> !p.isEmpty())
        .toList();
    String dateline = tag(doc, "DATELINE").strip();
    Optional<String> place = dateline.isEmpty() ? Optional.empty() : Optional.of(dateline.replaceAll(",.*", "").strip());
    String date = tag(doc, "DATE").strip();
    LocalDate day = LocalDate.parse(date.substring(0, date.indexOf(' ')), REUTERS_DATE);
    String group = firstOf(doc, "TOPICS") + " " + firstOf(doc, "COMPANIES") + firstOf(doc, "ORGS") + firstOf(doc, "PEOPLE");
    return Optional.of(new Source("reuters/" + id, unescape(tag(doc, "TITLE")), paras, place, day, "reuters " + group.strip()));
  }

  private static String tag(String doc, String name) {
    int a = doc.indexOf("<" + name + ">");
    int b = doc.indexOf("</" + name + ">");
    return a < 0 || b < a ? "" : doc.substring(a + name.length() + 2, b);
  }

  private static String firstOf(String doc, String name) {
    Matcher m = Pattern.compile("<D>([^<]+)</D>").matcher(tag(doc, name));
    return m.find() ? m.group(1) : "";
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
