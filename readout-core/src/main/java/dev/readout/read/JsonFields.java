package dev.readout.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.model.Input;
import dev.readout.model.RawDocument;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Maps one crawler record (news-please, CC-NEWS and similar) to a document: the article text or the
 * page HTML becomes the content, {@code url} the address, {@code date_download} the capture time,
 * and every other scalar (or list of scalars, joined with {@code "; "}) a field under its own name;
 * nested objects one level deep become {@code parent.child} fields.
 */
final class JsonFields {

  static final String TEXT_TYPE = "text/plain; charset=utf-8";
  static final String HTML_TYPE = "text/html; charset=utf-8";

  /** Already-extracted article text is preferred: it is what the crawler judged the article. */
  private static final List<String> TEXT_KEYS = List.of("text", "maintext");

  private static final List<String> HTML_KEYS = List.of("html", "raw_html", "content");

  private JsonFields() {}

  static Input toInput(ReadContext ctx, JsonNode node, String source) {
    if (!node.isObject()) {
      return ctx.reject(source, "JSON value is not an object");
    }
    Map<String, String> byLowerKey = new LinkedHashMap<>();
    node.fieldNames().forEachRemaining(k -> byLowerKey.putIfAbsent(k.toLowerCase(Locale.ROOT), k));
    Optional<String> textKey = firstPresent(node, byLowerKey, TEXT_KEYS);
    Optional<String> htmlKey = firstPresent(node, byLowerKey, HTML_KEYS);
    if (textKey.isEmpty() && htmlKey.isEmpty()) {
      return ctx.reject(source, "JSON record has no text or html (keys: " + keys(node) + ")");
    }
    String content = text(node.get(textKey.orElseGet(htmlKey::get)));
    boolean html = textKey.isEmpty() && (!htmlKey.get().equalsIgnoreCase("content") || PageKinds.looksLikeHtml(content));
    Optional<String> urlKey = Optional.ofNullable(byLowerKey.get("url"));
    Optional<URI> url = urlKey.map(node::get).filter(JsonNode::isTextual).flatMap(u -> uri(u.asText()));
    Optional<String> downloaded = Optional.ofNullable(byLowerKey.get("date_download"));
    Optional<Instant> captured = downloaded.map(node::get).filter(JsonNode::isTextual).flatMap(d -> instant(d.asText()));
    Map<String, String> fields = fields(node, byLowerKey);
    return new RawDocument(
        source,
        url,
        Optional.of(html ? HTML_TYPE : TEXT_TYPE),
        captured,
        ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)),
        fields);
  }

  /**
   * The input for the one record a whole file holds (a lone object, pretty-printed or on one line):
   * as {@link #toInput}, except that a file a folder walk found whose object has no page field at
   * all is skipped rather than rejected. Such a file is labels or metadata beside the pages, not a
   * broken page; a page field that is present but empty still counts as a broken page.
   */
  static Input toWholeFileInput(ReadContext ctx, JsonNode node) {
    if (ctx.inFolder() && node.isObject() && !hasPageField(node)) {
      return ctx.skip("not a page: JSON document without text or html (keys: " + keys(node) + ")");
    }
    return toInput(ctx, node, ctx.source());
  }

  private static boolean hasPageField(JsonNode node) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String lower = names.next().toLowerCase(Locale.ROOT);
      if (TEXT_KEYS.contains(lower) || HTML_KEYS.contains(lower)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> firstPresent(JsonNode node, Map<String, String> byLowerKey, List<String> keys) {
    for (String k : keys) {
      String real = byLowerKey.get(k);
      if (real != null && !text(node.get(real)).isBlank()) {
        return Optional.of(real);
      }
    }
    return Optional.empty();
  }

  /** A string, or a list of paragraph strings joined by blank lines (some dumps split the text). */
  private static String text(JsonNode v) {
    if (v.isTextual()) {
      return v.asText();
    }
    if (!v.isArray()) {
      return "";
    }
    StringJoiner paragraphs = new StringJoiner("\n\n");
    for (JsonNode p : v) {
      if (p.isTextual() && !p.asText().isBlank()) {
        paragraphs.add(p.asText().strip());
      }
    }
    return paragraphs.toString();
  }

  private static Map<String, String> fields(JsonNode node, Map<String, String> byLowerKey) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String lower = e.getKey().toLowerCase(Locale.ROOT);
      boolean content = TEXT_KEYS.contains(lower) || HTML_KEYS.contains(lower) || lower.equals("url");
      if (content || !e.getKey().equals(byLowerKey.get(lower))) {
        continue;
      }
      if (e.getValue().isObject()) {
        for (Map.Entry<String, JsonNode> c : e.getValue().properties()) {
          scalar(c.getValue()).ifPresent(v -> out.putIfAbsent(e.getKey() + "." + c.getKey(), v));
        }
      } else {
        scalar(e.getValue()).ifPresent(v -> out.putIfAbsent(e.getKey(), v));
      }
    }
    return out;
  }

  /** A scalar as text, a list of scalars joined with "; "; empty for null, objects and empty lists. */
  private static Optional<String> scalar(JsonNode v) {
    if (v.isValueNode() && !v.isNull()) {
      return Optional.of(v.asText());
    }
    if (!v.isArray()) {
      return Optional.empty();
    }
    StringJoiner joined = new StringJoiner("; ");
    for (JsonNode item : v) {
      if (item.isValueNode() && !item.isNull() && !item.asText().isBlank()) {
        joined.add(item.asText().strip());
      }
    }
    return joined.length() == 0 ? Optional.empty() : Optional.of(joined.toString());
  }

  private static String keys(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    String shown = String.join(", ", names.subList(0, Math.min(10, names.size())));
    return names.size() > 10 ? shown + ", ..." : shown;
  }

  /** A URI from what a crawler wrote, percent-encoding the characters browsers tolerate in links. */
  static Optional<URI> uri(String raw) {
    String s = raw.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(s));
    } catch (URISyntaxException e) {
      StringBuilder b = new StringBuilder();
      for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
        int c = x & 0xFF;
        if (c <= 0x20 || c >= 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0) {
          b.append('%').append(String.format(Locale.ROOT, "%02X", c));
        } else {
          b.append((char) c);
        }
      }
      try {
        return Optional.of(new URI(b.toString()));
      } catch (URISyntaxException again) {
        return Optional.empty();
      }
    }
  }

  /** An instant from ISO-8601 or {@code yyyy-MM-dd HH:mm:ss}; a time without zone is taken as UTC. */
  static Optional<Instant> instant(String raw) {
    String s = raw.strip().replace(' ', 'T');
    try {
      return Optional.of(OffsetDateTime.parse(s).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }
}
