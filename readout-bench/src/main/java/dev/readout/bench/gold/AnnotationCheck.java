package dev.readout.bench.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one annotation file against docs/annotation.md section 8 and resolves its pointers. Each
 * problem becomes one line {@code item: field: reason}; the resolved copy is only meaningful when
 * there are none. Not thread-safe: one instance per file.
 */
final class AnnotationCheck {

  /** What the check found: problems, the resolved annotation, and its counts. */
  record Result(List<String> errors, ObjectNode resolved, boolean done, int engagements, int statements, int events) {}

  private static final Set<String> TOP = Set.of("story", "annotator", "done", "actors", "engagements",
      "statements", "events", "notes");
  private static final Set<String> ACTOR = Set.of("id", "name", "country", "sector", "aliases");
  private static final Set<String> ENGAGEMENT = Set.of("id", "type", "status", "actors", "recipients", "date",
      "date_source", "place", "place_source", "evidence", "mode", "context", "cameo", "note");
  private static final Set<String> STATEMENT = Set.of("id", "speaker", "anonymous", "speaker_mention", "cue",
      "content_first", "content_last", "recipients", "nested_in", "note");
  private static final Set<String> EVENT = Set.of("id", "event", "mode", "context", "cameo", "actors", "recipients",
      "negated", "status", "date", "date_source", "place", "place_source", "evidence", "statement", "note");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern NO_YEAR = Pattern.compile("--(\\d{2})-(\\d{2})");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private final Vocabulary vocab;
  private final Pointers pointers;
  private final List<String> errors = new ArrayList<>();
  private final Set<String> actorIds = new HashSet<>();
  private final Set<String> statementIds = new HashSet<>();
  private String item = "file";

  AnnotationCheck(Vocabulary vocab, String text) {
    this.vocab = vocab;
    this.pointers = new Pointers(text);
  }

  Result check(JsonNode root, StoryEntry story, String annotator) {
    ObjectNode out = root.isObject() ? ((ObjectNode) root).deepCopy() : null;
    if (out == null) {
      errors.add("file: not a JSON object");
      return new Result(errors, null, false, 0, 0, 0);
    }
    fields(out, TOP, Set.of("story", "annotator", "actors", "engagements", "statements", "events"));
    if (!story.id().equals(out.path("story").asText())) {
      error("story", "is \"" + out.path("story").asText() + "\", the file name says " + story.id());
    }
    if (!annotator.equals(out.path("annotator").asText())) {
      error("annotator", "is \"" + out.path("annotator").asText() + "\", the folder says " + annotator);
    }
    if (out.has("done") && !out.get("done").isBoolean()) {
      error("done", "must be true or false");
    }
    if (out.has("notes") && !(out.get("notes").isArray() || out.get("notes").isTextual())) {
      error("notes", "must be a list of strings");
    }
    for (String layer : List.of("actors", "engagements", "statements", "events")) {
      if (out.has(layer) && !out.get(layer).isArray()) {
        error(layer, "must be a list");
      }
    }
    list(out, "actors").forEach(a -> actor((ObjectNode) a));
    list(out, "statements").forEach(s -> statementIds.add(s.path("id").asText()));
    ids(list(out, "engagements"), "g");
    ids(list(out, "statements"), "s");
    ids(list(out, "events"), "v");
    list(out, "statements").forEach(s -> statement((ObjectNode) s));
    list(out, "engagements").forEach(e -> engagement((ObjectNode) e));
    list(out, "events").forEach(v -> event((ObjectNode) v));
    int events = (int) list(out, "events").stream().filter(v -> !v.path("event").asText().equals("CONSULT")).count();
    addConsultEvents(out);
    out.put("source", story.source()).put("split", story.split()).put("text_sha256", story.textSha256());
    return new Result(errors, out, out.path("done").asBoolean(false), list(out, "engagements").size(),
        list(out, "statements").size(), events);
  }

  private void actor(ObjectNode a) {
    item = "actor " + a.path("id").asText("?");
    fields(a, ACTOR, Set.of("id", "name", "country", "sector"));
    if (!a.path("id").asText().matches("a\\d+") || !actorIds.add(a.path("id").asText())) {
      error("id", "must be a1, a2, ... and unique");
    }
    if (a.path("name").asText("").isBlank()) {
      error("name", "must be a non-empty string");
    }
    nullableMatch(a, "country", COUNTRY, "ISO 3166-1 alpha-2, two upper-case letters, or null");
    oneOf(a, "sector", Vocabulary.SECTORS);
    if (a.has("aliases") && !a.get("aliases").isArray()) {
      error("aliases", "must be a list of strings");
    }
  }

  private void engagement(ObjectNode e) {
    item = e.path("id").asText("engagement ?");
    fields(e, ENGAGEMENT, Set.of("id", "type", "status", "actors", "recipients", "date", "date_source", "place",
        "place_source", "evidence"));
    oneOf(e, "type", Vocabulary.ENGAGEMENT_TYPES);
    oneOf(e, "status", Vocabulary.STATUSES);
    participants(e);
    dateAndPlace(e);
    if (e.hasNonNull("mode") && !vocab.isMode("CONSULT", e.get("mode").asText())) {
      error("mode", "must be a CONSULT mode (visit, third-party, multilateral, phone) or null");
    }
    contexts(e);
    if (e.hasNonNull("cameo")) {
      String code = e.get("cameo").asText();
      boolean consult = Vocabulary.CONSULT_TYPES.contains(e.path("type").asText());
      if (consult ? !vocab.cameoMapsTo(code, "CONSULT") : !code.matches("01\\d{0,2}")) {
        error("cameo", "\"" + code + "\" does not fit type " + e.path("type").asText()
            + (consult ? " (a CONSULT code, 04x)" : " (01x)"));
      }
    }
    evidence(e);
  }

  private void statement(ObjectNode s) {
    item = s.path("id").asText("statement ?");
    fields(s, STATEMENT, Set.of("id", "speaker", "anonymous", "cue", "content_first", "content_last", "recipients"));
    JsonNode speaker = s.get("speaker");
    if (speaker != null && !speaker.isNull()) {
      ref(speaker, "speaker", actorIds);
    }
    if (!s.path("anonymous").isBoolean()) {
      error("anonymous", "must be true or false");
    } else if (s.get("anonymous").asBoolean() && speaker != null && !speaker.isNull()) {
      error("speaker", "must be null when anonymous is true");
    }
    if ((speaker == null || speaker.isNull()) && !s.has("speaker_mention")) {
      error("speaker_mention", "required when speaker is null");
    }
    refs(s, "recipients", actorIds);
    if (s.hasNonNull("nested_in")) {
      ref(s.get("nested_in"), "nested_in", statementIds);
    }
    Span first = resolve(s, "content_first", p -> pointers.unique(p));
    if (first == null) {
      return;
    }
    Span last = resolve(s, "content_last", p -> pointers.after(p, first.start()));
    if (last == null) {
      return;
    }
    Span content = new Span(first.start(), last.end());
    s.set("content", span(content));
    resolve(s, "cue", p -> pointers.nearest(p, content));
    if (s.has("speaker_mention")) {
      resolve(s, "speaker_mention", p -> pointers.nearest(p, content));
    }
  }

  private void event(ObjectNode v) {
    item = v.path("id").asText("event ?");
    fields(v, EVENT, Set.of("id", "event", "context", "actors", "recipients", "negated", "status", "date",
        "date_source", "place", "place_source", "evidence", "statement"));
    String type = v.path("event").asText();
    if (!vocab.isEvent(type)) {
      error("event", "\"" + type + "\" is not a PLOVER type (AGREE, CONSULT, ..., ASSAULT; upper case)");
    }
    if (v.hasNonNull("mode") && !vocab.isMode(type, v.get("mode").asText())) {
      error("mode", "\"" + v.get("mode").asText() + "\" is not a mode of " + type + " in the PLOVER manual");
    }
    contexts(v);
    if (v.hasNonNull("cameo") && !vocab.cameoMapsTo(v.get("cameo").asText(), type)) {
      error("cameo", "\"" + v.get("cameo").asText() + "\" maps to " + vocab.cameoTypes(v.get("cameo").asText())
          + " in CAMEO2PLOVER-2021.txt, not " + type);
    }
    if (!v.path("negated").isBoolean()) {
      error("negated", "must be true or false");
    }
    oneOf(v, "status", Vocabulary.STATUSES);
    participants(v);
    dateAndPlace(v);
    if (v.hasNonNull("statement")) {
      ref(v.get("statement"), "statement", statementIds);
    }
    evidence(v);
  }

  private void participants(ObjectNode n) {
    refs(n, "actors", actorIds);
    refs(n, "recipients", actorIds);
    if (n.path("actors").isArray() && n.get("actors").isEmpty()) {
      error("actors", "must name at least one actor");
    }
  }

  private void dateAndPlace(ObjectNode n) {
    oneOf(n, "date_source", Vocabulary.DATE_SOURCES);
    oneOf(n, "place_source", Vocabulary.PLACE_SOURCES);
    JsonNode date = n.get("date");
    if (date != null && !date.isNull()) {
      if (!date.isTextual() || !validDate(date.asText())) {
        error("date", "\"" + date.asText() + "\" is not YYYY-MM-DD, YYYY-MM-DD/YYYY-MM-DD (start <= end) or --MM-DD");
      }
    }
    boolean noDate = date == null || date.isNull();
    if (noDate != n.path("date_source").asText().equals("none")) {
      error("date_source", "must be \"none\" exactly when date is null");
    }
    JsonNode place = n.get("place");
    boolean noPlace = place == null || place.isNull();
    if (!noPlace && (!place.isTextual() || place.asText().isBlank())) {
      error("place", "must be a non-empty string or null");
    }
    if (noPlace != n.path("place_source").asText().equals("none")) {
      error("place_source", "must be \"none\" exactly when place is null");
    }
  }

  static boolean validDate(String s) {
    try {
      if (NO_YEAR.matcher(s).matches()) {
        LocalDate.parse("2000" + s.substring(1));
        return true;
      }
      String[] parts = s.split("/", -1);
      if (parts.length > 2 || !DAY.matcher(parts[0]).matches()
          || (parts.length == 2 && !DAY.matcher(parts[1]).matches())) {
        return false;
      }
      LocalDate a = LocalDate.parse(parts[0]);
      return parts.length == 1 || !LocalDate.parse(parts[1]).isBefore(a);
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private void contexts(ObjectNode n) {
    if (!n.has("context")) {
      return;
    }
    if (!n.get("context").isArray()) {
      error("context", "must be a list");
      return;
    }
    n.get("context").forEach(c -> {
      if (!vocab.isContext(c.asText())) {
        error("context", "\"" + c.asText() + "\" is not a PLOVER context (lower case, underscores)");
      }
    });
  }

  private void evidence(ObjectNode n) {
    Span ev = resolve(n, "evidence", p -> pointers.unique(p));
    if (ev != null) {
      n.set("sentence", span(pointers.sentence(ev)));
    }
  }

  private void addConsultEvents(ObjectNode out) {
    ArrayNode events = out.withArray("events");
    for (JsonNode e : list(out, "engagements")) {
      if (!Vocabulary.CONSULT_TYPES.contains(e.path("type").asText())) {
        continue;
      }
      ObjectNode v = events.addObject();
      v.put("id", e.path("id").asText()).put("event", "CONSULT");
      v.set("mode", e.path("mode").isMissingNode() ? null : e.get("mode"));
      v.set("context", e.has("context") ? e.get("context") : out.arrayNode());
      v.set("cameo", e.path("cameo").isMissingNode() ? null : e.get("cameo"));
      for (String f : List.of("actors", "recipients", "status", "date", "date_source", "place", "place_source",
          "evidence", "sentence")) {
        v.set(f, e.get(f));
      }
      v.put("negated", false).putNull("statement");
      v.put("engagement", e.path("id").asText()).put("derived", true);
    }
  }

  private interface Resolution {
    Span apply(Pointers.Pointer p);
  }

  private Span resolve(ObjectNode n, String field, Resolution how) {
    JsonNode raw = n.get(field);
    Pointers.Pointer p = null;
    try {
      p = Pointers.parse(raw);
      Span s = how.apply(p);
      ObjectNode r = n.objectNode().put("quote", p.quote());
      p.occurrence().ifPresent(o -> r.put("occurrence", o));
      r.put("start", s.start()).put("end", s.end());
      n.set(field, r);
      return s;
    } catch (IllegalArgumentException e) {
      error(field, e.getMessage());
      return null;
    }
  }

  private static ObjectNode span(Span s) {
    return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
        .put("start", s.start()).put("end", s.end());
  }

  private void ids(List<JsonNode> items, String prefix) {
    Set<String> seen = new HashSet<>();
    for (JsonNode n : items) {
      String id = n.path("id").asText();
      if (!id.matches(prefix + "\\d+") || !seen.add(id)) {
        item = id.isEmpty() ? prefix + "?" : id;
        error("id", "must be " + prefix + "1, " + prefix + "2, ... and unique in its layer");
      }
    }
  }

  private void refs(ObjectNode n, String field, Set<String> known) {
    JsonNode list = n.get(field);
    if (list == null) {
      return;
    }
    if (!list.isArray()) {
      error(field, "must be a list of ids");
      return;
    }
    list.forEach(r -> ref(r, field, known));
  }

  private void ref(JsonNode r, String field, Set<String> known) {
    if (!known.contains(r.asText())) {
      error(field, "\"" + r.asText() + "\" is not defined in this file");
    }
  }

  private void oneOf(ObjectNode n, String field, Set<String> values) {
    if (n.has(field) && !values.contains(n.get(field).asText())) {
      error(field, "\"" + n.get(field).asText() + "\" is not one of " + new java.util.TreeSet<>(values));
    }
  }

  private void nullableMatch(ObjectNode n, String field, Pattern p, String what) {
    JsonNode v = n.get(field);
    if (v != null && !v.isNull() && !(v.isTextual() && p.matcher(v.asText()).matches())) {
      error(field, "\"" + v.asText() + "\" must be " + what);
    }
  }

  private void fields(ObjectNode n, Set<String> allowed, Set<String> required) {
    n.fieldNames().forEachRemaining(f -> {
      if (!allowed.contains(f)) {
        error(f, "unknown field");
      }
    });
    for (String f : required) {
      if (!n.has(f)) {
        error(f, "missing");
      }
    }
  }

  private List<JsonNode> list(ObjectNode n, String field) {
    JsonNode l = n.get(field);
    if (l == null || !l.isArray()) {
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>();
    l.forEach(x -> {
      if (x.isObject()) {
        out.add(x);
      } else {
        errors.add(field + ": every item must be an object");
      }
    });
    return out;
  }

  private void error(String field, String reason) {
    errors.add(item + ": " + field + ": " + reason);
  }
}
