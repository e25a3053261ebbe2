package dev.readout.extract;

import dev.readout.model.Removed;
import dev.readout.text.Script;
import dev.readout.text.Scripts;
import java.util.List;
import java.util.Map;

/**
 * Picks the headline among the units above the body. A headline has a few words, no sentence end,
 * is in the article's script, and tends to sit right above the date line or to be repeated.
 */
final class Headline {

  private Headline() {}

  /** The index of the headline unit, or -1 when none qualifies. */
  static int choose(List<Unit> units, List<String> roles, int bodyStart, Script script) {
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < Math.min(bodyStart, units.size()); i++) {
      if (!roles.get(i).equals(Role.OTHER)) {
        continue;
      }
      double s = score(units, roles, i, bodyStart, script);
      if (s > bestScore) {
        best = i;
        bestScore = s;
      }
    }
    return best;
  }

  private static double score(List<Unit> units, List<String> roles, int i, int bodyStart, Script script) {
    String text = units.get(i).text();
    int words = Scripts.wordCount(text);
    if (words < 2 || words > 40 || text.endsWith(":")) {
      return 0;
    }
    double s = Math.min(words, 15);
    for (int j = i + 1; j < Math.min(i + 4, bodyStart); j++) {
      if (roles.get(j).equals(Removed.Reason.METADATA)) {
        s += 6;
        break;
      }
    }
    for (int j = 0; j < units.size(); j++) {
      if (j != i && units.get(j).text().equals(text)) {
        s += 6;
        break;
      }
    }
    if (mixedScripts(text) || Spam.isForeign(text, script)) {
      s -= 12;
    }
    return s;
  }

  private static boolean mixedScripts(String text) {
    Map<Script, Integer> p = Scripts.profile(text);
    int total = p.values().stream().mapToInt(Integer::intValue).sum();
    return p.values().stream().filter(n -> n * 5 >= total).count() > 1;
  }
}
