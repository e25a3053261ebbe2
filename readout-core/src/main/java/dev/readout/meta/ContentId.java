package dev.readout.meta;

import dev.readout.text.Scripts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** The stable content id of an article: a hash of its normalised title and body. */
public final class ContentId {

  private ContentId() {}

  /** 16 hex digits of SHA-256 over the NFKC-normalised, lower-cased, space-collapsed text. */
  public static String of(String title, List<String> paragraphs) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((normalise(title) + "\n").getBytes(StandardCharsets.UTF_8));
      for (String p : paragraphs) {
        sha.update(normalise(p).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  static String normalise(String s) {
    String n = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    return Scripts.normaliseSpace(n.toLowerCase(Locale.ROOT));
  }
}
