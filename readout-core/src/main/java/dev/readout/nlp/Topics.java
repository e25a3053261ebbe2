package dev.readout.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tags text with topic codes from {@code topics.tsv}: a keyword matches a whole word, or the start
 * of one when it ends with {@code *}, case-insensitively. An article gets the topics that at least two of its sentences or its title
 * carry. Immutable.
 */
final class Topics {

  private final List<String> codes = new ArrayList<>();
  private final List<Pattern> patterns = new ArrayList<>();

  Topics(Lexicon lex) {
    for (Lexicon.Topic t : lex.topics) {
      StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
      for (int i = 0; i < t.keywords().size(); i++) {
        String k = t.keywords().get(i);
        boolean stem = k.endsWith("*");
        re.append(i > 0 ? "|" : "").append(Pattern.quote(stem ? k.substring(0, k.length() - 1) : k));
        re.append(stem ? "" : "(?![\\p{L}\\p{N}])");
      }
      codes.add(t.code());
      patterns.add(Pattern.compile(re.append(')').toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
  }

  /** Topic codes of a text, in taxonomy order. */
  List<String> of(String text) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      if (patterns.get(i).matcher(text).find()) {
        out.add(codes.get(i));
      }
    }
    return out;
  }

  /** Counts keyword hits per topic. */
  Map<String, Integer> counts(String text) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      Matcher m = patterns.get(i).matcher(text);
      int n = 0;
      while (m.find()) {
        n++;
      }
      if (n > 0) {
        out.put(codes.get(i), n);
      }
    }
    return out;
  }

  /** Topics of an article: those with two hits or more in the body, or one in the title. */
  List<String> ofArticle(String title, String body) {
    Map<String, Integer> c = counts(body);
    List<String> inTitle = of(title);
    List<String> out = new ArrayList<>();
    for (String code : codes) {
      if (c.getOrDefault(code, 0) >= 2 || inTitle.contains(code)) {
        out.add(code);
      }
    }
    return out;
  }
}
