package dev.readout.bench.gold;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One story of the corpus as the gold annotates it: its id, where it comes from, its metadata and
 * the exact text the annotation's offsets point into.
 */
record StoryText(
    String id,
    String source,
    String locator,
    String title,
    Optional<String> published,
    Optional<String> dateline,
    String text) {

  StoryText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(locator, "locator");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(text, "text");
  }

  String sha256() {
    return sha256(text);
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
