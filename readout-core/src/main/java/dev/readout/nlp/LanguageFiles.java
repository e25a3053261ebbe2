package dev.readout.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the data files of one language, {@code dev/readout/nlp/<code>/<name>} (named by {@link
 * WordList}): tab-separated rows
 * without blank and {@code #} lines, as word sets or enum-keyed tables. A missing file reads as no
 * rows. Used only by {@link Lexicon} while it loads; holds nothing but the code.
 */
final class LanguageFiles {

  private final String code;

  LanguageFiles(String code) {
    this.code = code;
  }

  List<String[]> rows(WordList list) {
    return rows(code, list.file());
  }

  /** The first column of a word list, trimmed, as written. */
  Set<String> words(WordList list) {
    Set<String> out = new LinkedHashSet<>();
    rows(list).forEach(r -> out.add(r[0].trim()));
    return Set.copyOf(out);
  }

  Set<String> lowerWords(WordList list) {
    Set<String> out = new LinkedHashSet<>();
    rows(list).forEach(r -> out.add(r[0].trim().toLowerCase(Locale.ROOT)));
    return Set.copyOf(out);
  }

  /** A two-column table: word, and its kind as an enum constant's name. */
  <E extends Enum<E>> Map<String, E> kinds(WordList list, Class<E> type) {
    Map<String, E> out = new HashMap<>();
    rows(list).forEach(r -> out.put(r[0].trim(), kind(field(r, 1), type)));
    return Map.copyOf(out);
  }

  /** A two-column table grouped by kind: every kind has a set, empty when no row names it. */
  <E extends Enum<E>> Map<E, Set<String>> byKind(WordList list, Class<E> type) {
    Map<E, Set<String>> sets = new EnumMap<>(type);
    for (E k : type.getEnumConstants()) {
      sets.put(k, new LinkedHashSet<>());
    }
    rows(list).forEach(r -> sets.get(kind(field(r, 1), type)).add(r[0].trim()));
    sets.replaceAll((k, v) -> Set.copyOf(v));
    return sets;
  }

  static <E extends Enum<E>> E kind(String s, Class<E> type) {
    try {
      return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("unknown " + type.getSimpleName() + " in a data file: " + s, e);
    }
  }

  static String field(String[] r, int i) {
    return i < r.length ? r[i].trim() : "";
  }

  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String p : s.split("\\|")) {
      if (!p.isBlank()) {
        out.add(p.trim());
      }
    }
    return out;
  }

  /**
   * The rows of {@code dev/readout/nlp/<code>/<name>}, tab-separated, without blank and {@code #}
   * lines; an empty list when the language has no such file.
   */
  static List<String[]> rows(String code, String name) {
    String path = code + "/" + name;
    InputStream in = LanguageFiles.class.getResourceAsStream(path);
    if (in == null) {
      return List.of();
    }
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dev/readout/nlp/" + path, e);
    }
    return List.copyOf(out);
  }
}
