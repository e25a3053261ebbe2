package dev.readout.extract;

import dev.readout.meta.Datelines;
import dev.readout.model.Draft;
import dev.readout.model.Page;
import dev.readout.model.Removed;
import dev.readout.text.Script;
import dev.readout.text.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the article in a plain-text page dump (a crawler's text rendering of a page, a wire feed).
 *
 * <p>The page is cut into units ({@link Reflow}); each unit gets a role on its own ({@link Role});
 * then position decides: the body runs from the first to the last prose unit, the headline is
 * chosen among the units above it ({@link Headline}), and everything else is dropped with its
 * reason. Thread-safe.
 */
public final class TextExtractor {

  private final LineRules rules;

  public TextExtractor() {
    this.rules = LineRules.DEFAULT;
  }

  public Draft extract(Page page) {
    List<Removed> credits = new ArrayList<>();
    List<Unit> units = cutCredits(Reflow.units(page.text()), credits);
    Script script = articleScript(units);
    List<String> roles = new ArrayList<>(units.size());
    for (Unit u : units) {
      roles.add(Role.of(u.text(), u.words(), script, rules));
    }
    int first = roles.indexOf(Role.PROSE);
    int last = roles.lastIndexOf(Role.PROSE);
    int dateline = datelineUnit(units, roles, first < 0 ? units.size() : first);
    if (first < 0) {
      first = roles.indexOf(Role.OTHER);
      last = roles.lastIndexOf(Role.OTHER);
    }
    if (dateline >= 0) {
      first = dateline;
      last = Math.max(last, dateline);
    }
    if (first < 0) {
      first = units.size();
      last = units.size() - 1;
    }
    while (last >= 0 && last + 1 < units.size() && units.get(last + 1).block() == units.get(last).block()
        && isText(roles.get(last + 1))) {
      last++;
    }
    int title = Headline.choose(units, roles, first, script);
    List<String> paragraphs = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    List<Removed> removed = new ArrayList<>(credits);
    String titleText = title < 0 ? null : units.get(title).text();
    int keptBefore = -1;
    for (int i = 0; i < units.size(); i++) {
      String text = units.get(i).text();
      String role = roles.get(i);
      boolean inBody = i >= first && i <= last;
      if (i == title) {
        continue;
      } else if (role.equals(Role.CAPTION)) {
        captions.add(text);
      } else if (text.equals(titleText)) {
        removed.add(new Removed(text, Removed.Reason.DUPLICATE));
      } else if (inBody && (isText(role) || continuesBlock(units, roles, i, keptBefore))) {
        if (role.equals(Role.OTHER) && Spam.isForeign(text, script)) {
          removed.add(new Removed(text, Removed.Reason.SPAM));
        } else {
          paragraphs.add(text);
          keptBefore = i;
        }
      } else {
        removed.add(new Removed(text, dropReason(role, i < first)));
      }
    }
    return new Draft(
        Optional.ofNullable(titleText), paragraphs, captions, Optional.empty(), removed, Map.of());
  }

  /** The units with credit phrases cut out of long lines; what was cut goes to {@code removed}. */
  private List<Unit> cutCredits(List<Unit> units, List<Removed> removed) {
    List<Unit> out = new ArrayList<>(units.size());
    for (Unit u : units) {
      LineRules.Cut cut = rules.cut(u.text(), u.words());
      cut.phrases().forEach(p -> removed.add(new Removed(p.text(), p.reason())));
      if (cut.phrases().isEmpty()) {
        out.add(u);
      } else if (!cut.line().isEmpty()) {
        out.add(new Unit(cut.line(), u.block()));
      }
    }
    return out;
  }

  /** The unit above {@code limit} that opens with a wire dateline, which starts the body; -1 if none. */
  private static int datelineUnit(List<Unit> units, List<String> roles, int limit) {
    for (int i = 0; i < Math.min(limit, units.size()); i++) {
      if (isText(roles.get(i)) && Datelines.find(units.get(i).text()).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A date-bearing line inside the body that runs on in the same block as the text before it
   * (a table row, a wrapped line) is text, not a metadata line.
   */
  private static boolean continuesBlock(List<Unit> units, List<String> roles, int i, int kept) {
    return roles.get(i).equals(Removed.Reason.METADATA)
        && kept == i - 1
        && units.get(kept).block() == units.get(i).block();
  }

  private static boolean isText(String role) {
    return role.equals(Role.PROSE) || role.equals(Role.OTHER);
  }

  private static String dropReason(String role, boolean header) {
    if (role.equals(Role.PROSE) || role.equals(Role.OTHER)) {
      return header ? Removed.Reason.NAVIGATION : Removed.Reason.BOILERPLATE;
    }
    return role;
  }

  /** The script of the page's longer lines, which is the article's. */
  private static Script articleScript(List<Unit> units) {
    StringBuilder sb = new StringBuilder();
    for (Unit u : units) {
      if (u.words() >= 12) {
        sb.append(u.text()).append(' ');
      }
    }
    return Scripts.dominant(sb.length() > 0 ? sb : String.join(" ", units.stream().map(Unit::text).toList()));
  }
}
