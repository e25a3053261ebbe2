package dev.readout.meta;

import dev.readout.text.Script;
import dev.readout.text.Scripts;
import dev.readout.text.Tsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a text as an ISO 639-1 code. Scripts settle Chinese, Japanese and Korean;
 * frequent function words settle the common Latin and Cyrillic languages cheaply; the OpenNLP
 * language model (loaded on first need) decides the rest. Thread-safe.
 */
final class Language {

  private static final Map<String, Set<String>> WORDS = new LinkedHashMap<>();
  private static final int SAMPLE = 1500;

  static {
    for (String[] row : Tsv.read(Language.class, "languages.tsv", 2)) {
      WORDS.put(row[0], Set.of(row[1].split(" ")));
    }
  }

  private Language() {}

  static Optional<String> detect(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    if (Scripts.wordCount(sample) < 3) {
      return Optional.empty();
    }
    switch (Scripts.dominant(sample)) {
      case HAN:
        return Optional.of("zh");
      case KANA:
        return Optional.of("ja");
      case HANGUL:
        return Optional.of("ko");
      case NONE:
        return Optional.empty();
      case LATIN:
      case CYRILLIC:
        Optional<String> byWords = byFunctionWords(sample);
        if (byWords.isPresent()) {
          return byWords;
        }
        return Model.detect(sample);
      default:
        return Model.detect(sample);
    }
  }

  private static Optional<String> byFunctionWords(String sample) {
    Map<String, Integer> hits = new HashMap<>();
    for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      for (Map.Entry<String, Set<String>> e : WORDS.entrySet()) {
        if (e.getValue().contains(w)) {
          hits.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    String best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > first) {
        second = first;
        first = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return first >= 4 && first >= 2 * second ? Optional.of(best) : Optional.empty();
  }

  /** The OpenNLP model, loaded once on first use. */
  private static final class Model {
    private static final LanguageDetectorME DETECTOR = load();
    private static final Map<String, String> ISO3 = iso3();

    static Optional<String> detect(String sample) {
      opennlp.tools.langdetect.Language best;
      synchronized (DETECTOR) {
        best = DETECTOR.predictLanguage(sample);
      }
      if (best == null || best.getConfidence() < 0.2) {
        return Optional.empty();
      }
      return Optional.ofNullable(ISO3.get(best.getLang()));
    }

    private static LanguageDetectorME load() {
      try (InputStream in = Language.class.getResourceAsStream("/langdetect-183.bin")) {
        if (in == null) {
          throw new IllegalStateException("langdetect-183.bin missing: opennlp-models-langdetect not on the class path");
        }
        return new LanguageDetectorME(new LanguageDetectorModel(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Map<String, String> iso3() {
      Map<String, String> m = new HashMap<>();
      for (String two : Locale.getISOLanguages()) {
        m.put(Locale.forLanguageTag(two).getISO3Language(), two);
      }
      // The model's macro-language and individual-language codes that the JDK does not map.
      m.put("cmn", "zh");
      m.put("pes", "fa");
      m.put("zlm", "ms");
      m.put("arb", "ar");
      m.put("ekk", "et");
      m.put("lvs", "lv");
      m.put("swh", "sw");
      m.put("nob", "no");
      return m;
    }
  }
}
