package dev.readout.bench.gold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The closed vocabularies an annotation is checked against: the gold's own enums (docs/annotation.md
 * section 8.3), PLOVER's types, modes and contexts ({@code plover-vocabulary.txt}) and the CAMEO
 * codes with their PLOVER types ({@code plover/CAMEO2PLOVER-2021.txt} in the corpus).
 */
final class Vocabulary {

  static final Set<String> ENGAGEMENT_TYPES = Set.of("meeting", "talks", "visit", "multilateral_meeting",
      "phone_call", "interview", "press_conference", "joint_statement");
  /** Engagement types that are also PLOVER CONSULT events. */
  static final Set<String> CONSULT_TYPES = Set.of("meeting", "talks", "visit", "multilateral_meeting", "phone_call");
  static final Set<String> STATUSES = Set.of("happened", "ongoing", "scheduled", "proposed");
  static final Set<String> SECTORS = Set.of("government", "military", "legislature", "judiciary", "party",
      "igo", "ngo", "business", "media", "other");
  static final Set<String> DATE_SOURCES = Set.of("stated", "dateline_relative", "published_relative",
      "dateline", "published", "none");
  static final Set<String> PLACE_SOURCES = Set.of("stated", "dateline", "none");

  private static final Pattern CAMEO_LINE = Pattern.compile("^(\\d{2,4}):\\s*([A-Z]+)");

  private final Map<String, Set<String>> modes;
  private final Set<String> contexts;
  private final Map<String, Set<String>> cameo;

  private Vocabulary(Map<String, Set<String>> modes, Set<String> contexts, Map<String, Set<String>> cameo) {
    this.modes = modes;
    this.contexts = contexts;
    this.cameo = cameo;
  }

  /** The PLOVER vocabulary and the CAMEO table {@code cameo2plover} (CAMEO2PLOVER-2021.txt). */
  static Vocabulary load(Path cameo2plover) throws IOException {
    Map<String, Set<String>> modes = new HashMap<>();
    Set<String> contexts = new HashSet<>();
    try (InputStream in = Vocabulary.class.getResourceAsStream("plover-vocabulary.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String key = line.substring(0, line.indexOf(':'));
        List<String> words = List.of(line.substring(line.indexOf(':') + 1).strip().split("\\s+"));
        Set<String> set = new HashSet<>(words);
        set.remove("");
        if (key.equals("context")) {
          contexts.addAll(set);
        } else {
          modes.put(key, set);
        }
      }
    }
    Map<String, Set<String>> cameo = new HashMap<>();
    for (String line : Files.readAllLines(cameo2plover, StandardCharsets.UTF_8)) {
      Matcher m = CAMEO_LINE.matcher(line);
      if (m.find()) {
        cameo.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(m.group(2));
      }
    }
    return new Vocabulary(modes, contexts, cameo);
  }

  boolean isEvent(String type) {
    return modes.containsKey(type);
  }

  boolean isMode(String type, String mode) {
    return modes.getOrDefault(type, Set.of()).contains(mode);
  }

  boolean isContext(String context) {
    return contexts.contains(context);
  }

  /** Whether the CAMEO table maps {@code code} to PLOVER {@code type}. */
  boolean cameoMapsTo(String code, String type) {
    return cameo.getOrDefault(code, Set.of()).contains(type);
  }

  Set<String> cameoTypes(String code) {
    return cameo.getOrDefault(code, Set.of());
  }
}
