package dev.readout.html;

import dev.readout.text.Tsv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about a comment, by the words of {@code comments.tsv}: the
 * element holding one comment's text, a forum post's text, the commenter's name, the time, and
 * controls inside the text. Immutable; thread-safe.
 */
final class CommentMarks {

  static final CommentMarks DEFAULT = load();
  private static final int MAX_LINE = 80;

  private final List<String> items;
  private final Set<String> texts;
  private final Set<String> forum;
  private final Set<String> authors;
  private final Set<String> dates;
  private final Set<String> drops;
  private final Set<String> says;
  private final Set<String> notices;

  private CommentMarks(Map<String, List<String>> kinds) {
    this.items = kinds.get("item");
    this.texts = Set.copyOf(kinds.get("text"));
    this.forum = Set.copyOf(kinds.get("forum"));
    this.authors = Set.copyOf(kinds.get("author"));
    this.dates = Set.copyOf(kinds.get("date"));
    this.drops = Set.copyOf(kinds.get("drop"));
    this.says = Set.copyOf(kinds.get("says"));
    this.notices = Set.copyOf(kinds.get("notice"));
  }

  private static CommentMarks load() {
    Map<String, List<String>> kinds = new HashMap<>();
    for (String[] row : Tsv.read(CommentMarks.class, "comments.tsv", 2)) {
      kinds.put(row[0], List.of(row[1].strip().split("\\s*,\\s*")));
    }
    return new CommentMarks(kinds);
  }

  /** Whether one class value (or the id) names a comment's text: an item word with a text word. */
  boolean text(Element e) {
    for (List<String> words : values(e)) {
      boolean item = false;
      boolean text = false;
      if (words.stream().anyMatch(notices::contains)) {
        continue;
      }
      for (String w : words) {
        String rest = itemRest(w);
        if (rest != null) {
          item = true;
          text |= texts.contains(rest);
        } else {
          text |= texts.contains(w);
        }
      }
      if (item && text) {
        return true;
      }
    }
    return false;
  }

  /** The class value that marks a forum post's text, or null. */
  String forumValue(Element e) {
    for (List<String> words : values(e)) {
      String joined = String.join("", words);
      if (forum.contains(joined)) {
        return joined;
      }
    }
    return null;
  }

  boolean author(Element e) {
    return any(e, authors) || e.attr("itemprop").equals("author");
  }

  boolean date(Element e) {
    return any(e, dates) || e.normalName().equals("time");
  }

  boolean drop(Element e) {
    return any(e, drops);
  }

  /** The name without a trailing {@code says:} and a leading {@code by}. */
  String name(String shown) {
    String t = shown.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    int space = t.lastIndexOf(' ');
    if (space > 0 && says.contains(t.substring(space + 1).replaceAll("[:.…]+$", "").toLowerCase(Locale.ROOT))) {
      t = t.substring(0, space).strip();
    }
    if (t.regionMatches(true, 0, "by ", 0, 3)) {
      t = t.substring(3).strip();
    }
    return t.replaceAll("[:：,]+$", "").strip();
  }

  /**
   * A commenter named in a line of its own: {@code At 4/19/2005 07:14 PM, Anonymous said...}
   * (the words before a {@code says} word, after the last comma), or {@code By Don, at 10:46 PM}.
   */
  Optional<String> said(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > 2 * MAX_LINE) {
      return Optional.empty();
    }
    int space = t.lastIndexOf(' ');
    if (space > 0 && says.contains(t.substring(space + 1).replaceAll("[:.…]+$", "").toLowerCase(Locale.ROOT))) {
      String before = t.substring(0, space);
      String name = before.substring(before.lastIndexOf(',') + 1).strip();
      return name.isEmpty() || name.length() > MAX_LINE / 2 ? Optional.empty() : Optional.of(name);
    }
    if (t.regionMatches(true, 0, "by ", 0, 3) && t.indexOf(',') > 3) {
      return Optional.of(t.substring(3, t.indexOf(',')).strip()).filter(n -> !n.isEmpty() && n.length() <= MAX_LINE / 2);
    }
    return Optional.empty();
  }

  /**
   * The rest of a word after an item word it starts with: {@code ""} for the word itself, its
   * plural or a list of them, the text word of {@code commentbody}; null for any other word, so
   * {@code commentary} (an opinion piece) is no comment.
   */
  private String itemRest(String word) {
    for (String item : items) {
      if (word.startsWith(item)) {
        String rest = word.substring(item.length());
        if (rest.isEmpty() || rest.equals("s") || rest.equals("list") || rest.equals("slist")) {
          return "";
        }
        return texts.contains(rest) ? rest : null;
      }
    }
    return null;
  }

  private boolean any(Element e, Set<String> words) {
    for (List<String> value : values(e)) {
      for (String w : value) {
        if (words.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Each class value and the id, split into lower-case words. */
  private static List<List<String>> values(Element e) {
    List<List<String>> out = new ArrayList<>();
    if (e.attributesSize() == 0) {
      return out;
    }
    for (String c : e.classNames()) {
      out.add(words(c));
    }
    String id = e.id();
    if (!id.isEmpty()) {
      out.add(words(id));
    }
    return out;
  }

  static List<String> words(String value) {
    List<String> out = new ArrayList<>(4);
    int start = -1;
    int n = value.length();
    for (int i = 0; i <= n; i++) {
      boolean letter = i < n && Character.isLetter(value.charAt(i));
      boolean hump = letter && start >= 0 && Character.isUpperCase(value.charAt(i)) && Character.isLowerCase(value.charAt(i - 1));
      if (start >= 0 && (!letter || hump)) {
        out.add(value.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      if (letter && start < 0) {
        start = i;
      }
    }
    return out;
  }
}
