package dev.readout.html;

import dev.readout.model.Removed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the chosen containers into blocks: inline runs join into one block, block elements break
 * them. Subtrees whose markup marks them as comments, related links, share bars, navigation,
 * widgets or metadata are set aside with a reason, captions go to their own list, and blocks that
 * are mostly links are dropped. Not thread-safe: one instance per page.
 */
final class BlockWriter {

  static final Set<String> INLINE =
      Set.of(
          "a", "span", "b", "strong", "i", "em", "u", "s", "small", "big", "sub", "sup", "abbr",
          "cite", "code", "q", "mark", "time", "font", "label", "img", "wbr", "del", "ins", "kbd",
          "var", "bdi", "bdo", "data", "dfn", "tt", "strike", "nobr", "acronym", "samp", "td", "th");

  /** A negative subtree is set aside only when it holds less than this share of the container. */
  private static final double SET_ASIDE_SHARE = 0.4;

  private final Stats stats;
  private final List<Block> blocks = new ArrayList<>();
  private final List<String> captions = new ArrayList<>();
  private final List<Removed> removed = new ArrayList<>();
  private final StringBuilder buf = new StringBuilder();
  private int chars;
  private int linkChars;
  private int breaks;
  private Block.Kind kind = Block.Kind.TEXT;
  private boolean paragraph;
  private int rootChars;

  BlockWriter(Stats stats) {
    this.stats = stats;
  }

  void write(List<Element> containers) {
    for (Element c : containers) {
      rootChars = Math.max(1, stats.of(c).chars);
      if (stats.role(c) == Role.CAPTION && stats.of(c).chars < 400) {
        setAside(c, Role.CAPTION);
        continue;
      }
      block(c, false);
    }
  }

  List<Block> blocks() {
    return blocks;
  }

  List<String> captions() {
    return captions;
  }

  List<Removed> removed() {
    return removed;
  }

  private void walk(Element e, boolean inLink) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        append(t.getWholeText(), inLink);
      } else if (n instanceof Element c) {
        child(c, inLink);
      }
    }
  }

  private void child(Element c, boolean inLink) {
    String name = c.normalName();
    if (name.equals("br")) {
      if (++breaks >= 2) {
        flush();
      } else {
        space();
      }
      return;
    }
    if (name.equals("hr")) {
      flush();
      return;
    }
    int cChars = stats.of(c).chars;
    if (cChars == 0) {
      return;
    }
    Role r = stats.role(c);
    if (r.negative() && cChars < SET_ASIDE_SHARE * rootChars) {
      flush();
      setAside(c, r);
      return;
    }
    if (INLINE.contains(name)) {
      if (name.equals("td") || name.equals("th")) {
        space();
      }
      walk(c, inLink || name.equals("a"));
      if (name.equals("td") || name.equals("th")) {
        space();
      }
    } else {
      block(c, inLink);
    }
  }

  private void block(Element c, boolean inLink) {
    flush();
    Block.Kind saved = kind;
    boolean savedParagraph = paragraph;
    kind = kindOf(c.normalName(), saved);
    paragraph = c.normalName().equals("p");
    walk(c, inLink);
    flush();
    kind = saved;
    paragraph = savedParagraph;
  }

  private static Block.Kind kindOf(String name, Block.Kind outer) {
    return switch (name) {
      case "h1" -> Block.Kind.TITLE;
      case "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
      case "li", "dd", "dt" -> Block.Kind.ITEM;
      case "blockquote" -> Block.Kind.QUOTE;
      case "pre" -> Block.Kind.PRE;
      default -> outer;
    };
  }

  private void setAside(Element c, Role r) {
    String text = c.text();
    if (text.isEmpty()) {
      return;
    }
    if (r == Role.CAPTION) {
      captions.add(text);
    } else {
      removed.add(new Removed(text, r.reason()));
    }
  }

  private void append(String s, boolean inLink) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c == '\u00a0' || Character.isWhitespace(c)) {
        space();
      } else {
        if (c == '\u200b' || c == '\ufeff' || c == '\u00ad') {
          continue;
        }
        buf.append(c);
        chars++;
        if (inLink) {
          linkChars++;
        }
        breaks = 0;
      }
    }
  }

  private void space() {
    int len = buf.length();
    if (len > 0 && buf.charAt(len - 1) != ' ') {
      buf.append(' ');
    }
  }

  private void flush() {
    breaks = 0;
    int end = buf.length();
    if (end > 0 && buf.charAt(end - 1) == ' ') {
      end--;
    }
    if (end > 0) {
      blocks.add(new Block(buf.substring(0, end), kind, chars, linkChars, paragraph));
    }
    buf.setLength(0);
    chars = 0;
    linkChars = 0;
  }
}
