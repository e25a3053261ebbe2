package dev.readout.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary of multi-token phrases, looked up at a token position; the longest entry wins.
 * Immutable once built, so safe to share between threads.
 *
 * @param <V> the value an entry carries
 */
final class Phrases<V> {

  /** A phrase found at a position: how many tokens it spans and what it stands for. */
  record Match<V>(int length, V value) {}

  private record Entry<V>(String[] words, V value) {}

  private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
  private final boolean ignoreCase;

  Phrases(boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
  }

  /** Adds an entry; a later entry for the same phrase replaces nothing, the first one wins ties. */
  Phrases<V> add(String phrase, V value) {
    List<String> words = Tokenizer.words(phrase);
    if (words.isEmpty()) {
      return this;
    }
    String[] w = words.stream().map(this::key).toArray(String[]::new);
    List<Entry<V>> list = byFirst.computeIfAbsent(w[0], k -> new ArrayList<>());
    list.add(new Entry<>(w, value));
    list.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
    return this;
  }

  /** The longest phrase starting at token {@code i}, or null. */
  Match<V> at(List<Token> tokens, int i) {
    List<Entry<V>> list = byFirst.get(key(tokens.get(i)));
    if (list == null) {
      return null;
    }
    for (Entry<V> e : list) {
      if (matches(e.words, tokens, i)) {
        return new Match<>(e.words.length, e.value);
      }
    }
    return null;
  }

  boolean contains(String phrase) {
    List<String> words = Tokenizer.words(phrase);
    if (words.isEmpty()) {
      return false;
    }
    List<Entry<V>> list = byFirst.get(key(words.get(0)));
    if (list == null) {
      return false;
    }
    return list.stream().anyMatch(e -> e.words.length == words.size() && matchesWords(e.words, words));
  }

  private boolean matchesWords(String[] w, List<String> words) {
    for (int k = 0; k < w.length; k++) {
      if (!w[k].equals(key(words.get(k)))) {
        return false;
      }
    }
    return true;
  }

  private boolean matches(String[] w, List<Token> tokens, int i) {
    if (i + w.length > tokens.size()) {
      return false;
    }
    for (int k = 1; k < w.length; k++) {
      if (!w[k].equals(key(tokens.get(i + k)))) {
        return false;
      }
    }
    return true;
  }

  private String key(Token t) {
    return ignoreCase ? t.lowerKey() : t.key();
  }

  private String key(String s) {
    return ignoreCase ? Lexicon.lower(s).replace('’', '\'') : s.replace('’', '\'');
  }
}
