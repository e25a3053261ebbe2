package dev.readout.extract;

import dev.readout.text.Scripts;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a plain-text page into {@link Unit}s. Runs of non-blank lines are blocks. A block whose
 * lines are hard-wrapped prose (wire copy wrapped at ~70 columns, new paragraphs indented) is
 * joined back into paragraphs; any other block gives one unit a line.
 */
final class Reflow {

  private static final int WRAP_MIN = 35;
  private static final int WRAP_MAX = 110;

  private Reflow() {}

  static List<Unit> units(String text) {
    List<Unit> out = new ArrayList<>();
    List<String> block = new ArrayList<>();
    int b = 0;
    for (String line : (Iterable<String>) text.lines()::iterator) {
      if (line.isBlank()) {
        if (!block.isEmpty()) {
          emit(block, b++, out);
          block.clear();
        }
      } else {
        block.add(line);
      }
    }
    if (!block.isEmpty()) {
      emit(block, b, out);
    }
    return out;
  }

  private static void emit(List<String> lines, int b, List<Unit> out) {
    if (!hardWrapped(lines)) {
      for (String l : lines) {
        out.add(new Unit(Scripts.normaliseSpace(l), b));
      }
      return;
    }
    int base = lines.stream().mapToInt(Reflow::indent).min().orElse(0);
    StringBuilder para = new StringBuilder();
    for (String l : lines) {
      if (para.length() > 0 && indent(l) > base) {
        out.add(new Unit(Scripts.normaliseSpace(para.toString()), b));
        para.setLength(0);
      }
      para.append(l).append(' ');
    }
    out.add(new Unit(Scripts.normaliseSpace(para.toString()), b));
  }

  /**
   * Hard-wrapped: at least three lines no longer than a terminal's width, most of them nearly as
   * long as the longest, and most not ending a sentence (a block of one-sentence-per-line text is
   * not wrapped).
   */
  static boolean hardWrapped(List<String> lines) {
    if (lines.size() < 3) {
      return false;
    }
    int width = lines.stream().mapToInt(l -> l.strip().length()).max().orElse(0);
    if (width > WRAP_MAX) {
      return false;
    }
    int longLines = 0;
    int open = 0;
    for (String l : lines.subList(0, lines.size() - 1)) {
      String s = l.strip();
      if (s.length() >= WRAP_MIN && s.length() * 10 >= width * 6) {
        longLines++;
      }
      char last = s.isEmpty() ? '.' : s.charAt(s.length() - 1);
      if (".!?:\"'”。！？".indexOf(last) < 0) {
        open++;
      }
    }
    int n = lines.size() - 1;
    return longLines * 3 >= n * 2 && open * 2 >= n;
  }

  private static int indent(String l) {
    int i = 0;
    while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
