package dev.readout.html;

import dev.readout.model.Removed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which blocks are body paragraphs: drops link lists, boilerplate lines, repeated blocks
 * (but a long {@code <p>} repeated in the prose),
 * the headline, and byline or date lines at the edges of the article, each with a reason.
 */
final class BlockFilter {

  private static final Set<String> BOILERPLATE =
      Set.of(
          "advertisement", "advertisements", "advertising", "ad", "anzeige", "werbung", "publicidad",
          "publicité", "pubblicità", "sponsored", "sponsored content", "read more", "continue reading",
          "share", "share this", "share this article", "share this story", "tweet", "email", "print",
          "comments", "related", "related articles", "related stories", "related content", "see also",
          "click here", "loading", "loading...", "subscribe", "story continues below advertisement",
          "article continues below advertisement", "skip advertisement", "scroll to continue with content",
          "more", "top", "back to top", "zurück", "weiterlesen", "mehr zum thema", "广告", "分享", "返回顶部",
          "image", "photo", "video", "play video", "listen", "listen to this article", "close", "menu");

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(by|von|par|por|di|door|av|af|przez|от|written by|posted by|reporting by|text:|autor:|author:|作者|记者|文|编辑|责任编辑)[\\s:：/]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern COPYRIGHT =
      Pattern.compile("(©|\\(c\\)\\s*\\d{4}|copyright|all rights reserved|版权所有|alle rechte vorbehalten)", Pattern.CASE_INSENSITIVE);

  /** An editor credit closing Chinese copy: {@code (责编：牛镛、岳弘彬)}, {@code 【责任编辑：王某】}. */
  private static final Pattern EDITOR = Pattern.compile("^[(（\\[【]?\\s*(责编|责任编辑|编辑|校对|审核)\\s*[:：]");

  private static final double MAX_LINK_DENSITY = 0.5;

  /**
   * A {@code <p>} longer than this that repeats one before it is kept: a page that repeats a whole
   * paragraph of prose means it. Shorter repeats (labels, teaser lines) and repeats in other
   * elements (captions shown again in a lightbox, consent notices per embed) are duplicates.
   */
  private static final int LONG_PARAGRAPH = 200;

  private final String title;
  private final List<String> paragraphs = new ArrayList<>();
  private final List<Removed> removed = new ArrayList<>();

  BlockFilter(String title) {
    this.title = BodyEvidence.key(title, Integer.MAX_VALUE);
  }

  void filter(List<Block> blocks) {
    List<Block> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Block b : blocks) {
      String reason = reason(b, seen);
      if (reason == null) {
        kept.add(b);
      } else {
        removed.add(new Removed(b.text(), reason));
      }
    }
    trimEdges(kept);
    for (Block b : kept) {
      paragraphs.add(b.text());
    }
  }

  List<String> paragraphs() {
    return paragraphs;
  }

  List<Removed> removed() {
    return removed;
  }

  private String reason(Block b, Set<String> seen) {
    String text = b.text();
    if (b.linkDensity() > MAX_LINK_DENSITY && b.kind() != Block.Kind.PRE) {
      return b.kind() == Block.Kind.ITEM || b.chars() > 40 ? Removed.Reason.RELATED : Removed.Reason.NAVIGATION;
    }
    if (text.length() <= 40 && BOILERPLATE.contains(stripPunct(text).toLowerCase(Locale.ROOT))) {
      return Removed.Reason.BOILERPLATE;
    }
    if (!hasWord(text)) {
      return b.kind() != Block.Kind.TEXT ? null : Removed.Reason.BOILERPLATE;
    }
    if (b.kind() == Block.Kind.TITLE || (!title.isEmpty() && text.length() < 2 * title.length() + 20 && BodyEvidence.key(text, Integer.MAX_VALUE).equals(title))) {
      return Removed.Reason.METADATA;
    }
    if (b.chars() > 12 && !seen.add(text) && !(b.paragraph() && b.chars() > LONG_PARAGRAPH)) {
      return Removed.Reason.DUPLICATE;
    }
    return null;
  }

  /** Bylines, dates and copyright lines sit at the edges; inside the article they are text. */
  private void trimEdges(List<Block> kept) {
    for (int i = 0; i < Math.min(3, kept.size()); i++) {
      Block b = kept.get(i);
      if (b.chars() < 100 && (BYLINE.matcher(b.text()).find() || DateText.looksLikeDateLine(b.text()))) {
        removed.add(new Removed(b.text(), Removed.Reason.METADATA));
        kept.remove(i--);
      }
    }
    while (!kept.isEmpty()) {
      Block last = kept.get(kept.size() - 1);
      if (last.chars() < 200 && COPYRIGHT.matcher(last.text()).find()) {
        removed.add(new Removed(last.text(), Removed.Reason.COPYRIGHT));
      } else if (last.chars() < 60 && EDITOR.matcher(last.text()).find()) {
        removed.add(new Removed(last.text(), Removed.Reason.METADATA));
      } else if (last.kind() == Block.Kind.HEADING) {
        removed.add(new Removed(last.text(), Removed.Reason.BOILERPLATE));
      } else {
        break;
      }
      kept.remove(kept.size() - 1);
    }
  }

  private static boolean hasWord(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String stripPunct(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1)) && s.charAt(b - 1) != '.') {
      b--;
    }
    return s.substring(a, b);
  }
}
