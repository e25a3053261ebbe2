package dev.readout.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Charset labels as pages write them, mapped the way browsers read them (after the WHATWG Encoding
 * standard): GB2312 and GBK labels mean GB18030, ISO-8859-1 and ASCII mean windows-1252,
 * ISO-8859-9 means windows-1254. Labels are compared in {@link Locale#ROOT}.
 */
final class CharsetNames {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("gb2312", "GB18030"),
          Map.entry("gbk", "GB18030"),
          Map.entry("x-gbk", "GB18030"),
          Map.entry("cp936", "GB18030"),
          Map.entry("ms936", "GB18030"),
          Map.entry("windows-936", "GB18030"),
          Map.entry("euc-cn", "GB18030"),
          Map.entry("x-euc-cn", "GB18030"),
          Map.entry("csgb2312", "GB18030"),
          Map.entry("chinese", "GB18030"),
          Map.entry("gb_2312-80", "GB18030"),
          Map.entry("iso-8859-1", "windows-1252"),
          Map.entry("iso8859-1", "windows-1252"),
          Map.entry("iso_8859-1", "windows-1252"),
          Map.entry("latin1", "windows-1252"),
          Map.entry("l1", "windows-1252"),
          Map.entry("us-ascii", "windows-1252"),
          Map.entry("ascii", "windows-1252"),
          Map.entry("ansi_x3.4-1968", "windows-1252"),
          Map.entry("cp1252", "windows-1252"),
          Map.entry("iso-8859-9", "windows-1254"),
          Map.entry("latin5", "windows-1254"),
          Map.entry("iso-8859-11", "x-windows-874"),
          Map.entry("tis-620", "x-windows-874"),
          Map.entry("shift_jis", "windows-31j"),
          Map.entry("sjis", "windows-31j"),
          Map.entry("x-sjis", "windows-31j"),
          Map.entry("ms_kanji", "windows-31j"),
          Map.entry("euc-kr", "x-windows-949"),
          Map.entry("ks_c_5601-1987", "x-windows-949"),
          Map.entry("utf8", "UTF-8"),
          Map.entry("unicode-1-1-utf-8", "UTF-8"),
          Map.entry("x-user-defined", "windows-1252"));

  private static final Pattern CHARSET_PARAM =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.+-]+)");

  private CharsetNames() {}

  /** The charset a label names, as a browser would decode it; empty for unknown labels. */
  static Optional<Charset> forLabel(String label) {
    String key = label.strip().toLowerCase(Locale.ROOT);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String name = ALIASES.getOrDefault(key, key);
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The charset parameter of a media type such as {@code text/html; charset=GBK}. */
  static Optional<Charset> fromContentType(String contentType) {
    Matcher m = CHARSET_PARAM.matcher(contentType);
    return m.find() ? forLabel(m.group(1)) : Optional.empty();
  }

  /** What ICU's detector calls a charset, mapped like a label; UTF-16/32 guesses are not trusted. */
  static Optional<Charset> fromDetector(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.startsWith("utf-16") || key.startsWith("utf-32") || key.startsWith("ibm42")) {
      return Optional.empty();
    }
    return forLabel(name);
  }

  static boolean isUtf8(Charset c) {
    return c.equals(StandardCharsets.UTF_8);
  }

  static Charset gb18030() {
    return GB18030;
  }

  static Charset windows1252() {
    return WINDOWS_1252;
  }
}
