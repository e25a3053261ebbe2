package dev.readout.bench.gold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The draw's political score: how many distinct keywords of {@code draw-keywords.txt} a text holds. */
final class Keywords {

  private final List<Pattern> patterns;

  private Keywords(List<Pattern> patterns) {
    this.patterns = patterns;
  }

  static Keywords load() {
    try (InputStream in = Keywords.class.getResourceAsStream("draw-keywords.txt")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Pattern> ps = all.lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(k -> Pattern.compile("(?<![\\p{L}\\p{N}.])" + Pattern.quote(k) + "(?![\\p{L}\\p{N}])"))
          .toList();
      return new Keywords(ps);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int score(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int n = 0;
    for (Pattern p : patterns) {
      if (p.matcher(lower).find()) {
        n++;
      }
    }
    return n;
  }
}
