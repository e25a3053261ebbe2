package dev.readout.bench.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads resolved annotation files ({@code resolved/<annotator>/<story>.json}) as {@link Layers}. */
final class GoldLayers {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern GOVERNMENT_OF = Pattern.compile("^(the )?government of .+");

  private GoldLayers() {}

  /** Every done story in the folders of these annotators, by story id; the first annotator wins. */
  static Map<String, Layers> read(Path resolvedRoot, List<String> annotators) throws IOException {
    Map<String, Layers> out = new HashMap<>();
    for (String a : annotators) {
      Path dir = resolvedRoot.resolve(a);
      if (!Files.isDirectory(dir)) {
        throw new IOException(dir + ": no such folder (run gold-validate " + a + " first)");
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          JsonNode root = JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
          if (root.path("done").asBoolean(false)) {
            out.putIfAbsent(root.get("story").asText(), layers(root));
          }
        }
      }
    }
    return out;
  }

  static Layers layers(JsonNode root) {
    Map<String, Layers.Party> parties = new HashMap<>();
    for (JsonNode a : root.path("actors")) {
      parties.put(a.get("id").asText(), party(a));
    }
    List<Layers.Engagement> engagements = new ArrayList<>();
    for (JsonNode g : root.path("engagements")) {
      engagements.add(new Layers.Engagement(g.get("type").asText(), refs(g.path("actors"), parties),
          refs(g.path("recipients"), parties), text(g.get("date")), text(g.get("place")), span(g.get("evidence"))));
    }
    List<Layers.Statement> statements = new ArrayList<>();
    for (JsonNode s : root.path("statements")) {
      Optional<Layers.Party> speaker = text(s.get("speaker")).map(parties::get);
      statements.add(new Layers.Statement(speaker, span(s.get("content"))));
    }
    List<Layers.Event> events = new ArrayList<>();
    for (JsonNode v : root.path("events")) {
      Span evidence = span(v.get("evidence"));
      Span sentence = v.hasNonNull("sentence") ? span(v.get("sentence")) : evidence;
      events.add(new Layers.Event(v.get("event").asText(), v.path("negated").asBoolean(false), refs(v.path("actors"), parties),
          refs(v.path("recipients"), parties), evidence, sentence));
    }
    return new Layers(root.get("story").asText(), engagements, statements, events);
  }

  private static Layers.Party party(JsonNode a) {
    String name = a.get("name").asText();
    List<String> aliases = new ArrayList<>();
    a.path("aliases").forEach(x -> aliases.add(x.asText()));
    Optional<String> country = text(a.get("country"));
    String lower = name.toLowerCase(Locale.ROOT);
    boolean state = "government".equals(a.path("sector").asText())
        && (GOVERNMENT_OF.matcher(lower).matches() || (!name.contains(" ") && country.isPresent()));
    return new Layers.Party(name, aliases, Optional.empty(), country, state);
  }

  private static List<Layers.Party> refs(JsonNode ids, Map<String, Layers.Party> parties) {
    List<Layers.Party> out = new ArrayList<>();
    ids.forEach(id -> Optional.ofNullable(parties.get(id.asText())).ifPresent(out::add));
    return out;
  }

  private static Span span(JsonNode n) {
    return new Span(n.get("start").asInt(), n.get("end").asInt());
  }

  private static Optional<String> text(JsonNode n) {
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
  }
}
