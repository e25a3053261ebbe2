package dev.readout.meta;

import dev.readout.text.Script;
import dev.readout.text.Scripts;
import dev.readout.text.Tsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a text as an ISO 639-1 code. Scripts settle Chinese, Japanese and Korean;
 * frequent function words settle the common Latin and Cyrillic languages cheaply; the OpenNLP
 * language model (loaded on first need) decides the rest. Thread-safe.
 */
final class Language {

  /** Function word → the languages (indexes into {@link #CODES}) it belongs to, as bits. */
  private static final Map<String, Integer> WORDS = new HashMap<>();
  private static final List<String> CODES = new ArrayList<>();
  private static final int SAMPLE = 1500;
  private static final int WORD_SAMPLE = 600;

  static {
    for (String[] row : Tsv.read(Language.class, "languages.tsv", 2)) {
      int bit = 1 << CODES.size();
      CODES.add(row[0]);
      for (String w : row[1].split(" ")) {
        WORDS.merge(w, bit, (a, b) -> a | b);
      }
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
        if (byWords.isPresent() || !mostlyLetters(sample)) {
          // Figures and tables (wire earnings reports) carry no language signal worth a model run.
          return byWords;
        }
        return Model.detect(sample);
      default:
        return Model.detect(sample);
    }
  }

  private static boolean mostlyLetters(String sample) {
    int letters = 0;
    int visible = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (!Character.isWhitespace(c)) {
        visible++;
        letters += Character.isLetter(c) ? 1 : 0;
      }
    }
    return letters * 10 >= visible * 7;
  }

  private static Optional<String> byFunctionWords(String sample) {
    int[] hits = new int[CODES.size()];
    String text = sample.length() > WORD_SAMPLE ? sample.substring(0, WORD_SAMPLE) : sample;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        Integer bits = WORDS.get(text.substring(start, i).toLowerCase(Locale.ROOT));
        for (int b = 0; bits != null && b < hits.length; b++) {
          hits[b] += (bits >> b) & 1;
        }
        start = -1;
      }
    }
    int best = 0;
    int second = -1;
    for (int b = 1; b < hits.length; b++) {
      if (hits[b] > hits[best]) {
        second = best;
        best = b;
      } else if (second < 0 || hits[b] > hits[second]) {
        second = b;
      }
    }
    int runnerUp = second < 0 ? 0 : hits[second];
    return hits[best] >= 4 && hits[best] >= 2 * runnerUp ? Optional.of(CODES.get(best)) : Optional.empty();
  }

  /** The OpenNLP model, loaded once on first use. */
  private static final class Model {
    private static final LanguageDetectorME DETECTOR = load();
    private static final Map<String, String> ISO3 = iso3();

    /** Enough text for the model's character n-grams to decide; more only costs time. */
    private static final int MODEL_SAMPLE = 400;

    static Optional<String> detect(String sample) {
      String text = sample.length() > MODEL_SAMPLE ? sample.substring(0, MODEL_SAMPLE) : sample;
      opennlp.tools.langdetect.Language best;
      synchronized (DETECTOR) {
        best = DETECTOR.predictLanguage(text);
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
