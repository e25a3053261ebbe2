package dev.readout.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads an element's tag, class, id, ARIA role and itemprop as evidence of what it holds. Class
 * and id are split into words at non-letters and camel-case humps, so {@code relatedArticles},
 * {@code related-articles} and {@code related_articles} all give {@code related}.
 */
final class Evidence {

  private static final Map<String, Role> TAGS =
      Map.of(
          "nav", Role.NAVIGATION,
          "aside", Role.WIDGET,
          "footer", Role.NAVIGATION,
          "figcaption", Role.CAPTION,
          "figure", Role.CAPTION,
          "menu", Role.NAVIGATION,
          "article", Role.POSITIVE,
          "main", Role.POSITIVE);

  /** Word stems: a class or id word that starts with one of these takes the role. */
  private static final Map<String, Role> STEMS =
      Map.ofEntries(
          Map.entry("comment", Role.COMMENTS),
          Map.entry("disqus", Role.COMMENTS),
          Map.entry("replies", Role.COMMENTS),
          Map.entry("respond", Role.COMMENTS),
          Map.entry("related", Role.RELATED),
          Map.entry("recommend", Role.RELATED),
          Map.entry("outbrain", Role.RELATED),
          Map.entry("taboola", Role.RELATED),
          Map.entry("trending", Role.RELATED),
          Map.entry("mostread", Role.RELATED),
          Map.entry("readmore", Role.RELATED),
          Map.entry("morestories", Role.RELATED),
          Map.entry("share", Role.SHARE),
          Map.entry("sharing", Role.SHARE),
          Map.entry("social", Role.SHARE),
          Map.entry("addthis", Role.SHARE),
          Map.entry("sociable", Role.SHARE),
          Map.entry("nav", Role.NAVIGATION),
          Map.entry("menu", Role.NAVIGATION),
          Map.entry("breadcrumb", Role.NAVIGATION),
          Map.entry("pagination", Role.NAVIGATION),
          Map.entry("pager", Role.NAVIGATION),
          Map.entry("footer", Role.NAVIGATION),
          Map.entry("masthead", Role.NAVIGATION),
          Map.entry("advert", Role.WIDGET),
          Map.entry("promo", Role.WIDGET),
          Map.entry("sponsor", Role.WIDGET),
          Map.entry("newsletter", Role.WIDGET),
          Map.entry("subscri", Role.WIDGET),
          Map.entry("signup", Role.WIDGET),
          Map.entry("banner", Role.WIDGET),
          Map.entry("sidebar", Role.WIDGET),
          Map.entry("widget", Role.WIDGET),
          Map.entry("popup", Role.WIDGET),
          Map.entry("modal", Role.WIDGET),
          Map.entry("cookie", Role.WIDGET),
          Map.entry("gdpr", Role.WIDGET),
          Map.entry("paywall", Role.WIDGET),
          Map.entry("byline", Role.METADATA),
          Map.entry("author", Role.METADATA),
          Map.entry("timestamp", Role.METADATA),
          Map.entry("dateline", Role.NONE),
          Map.entry("caption", Role.CAPTION),
          Map.entry("credit", Role.CAPTION));

  /** Whole words with a role (too short or too common to use as stems). */
  private static final Map<String, Role> WORDS =
      Map.ofEntries(
          Map.entry("ad", Role.WIDGET),
          Map.entry("ads", Role.WIDGET),
          Map.entry("adv", Role.WIDGET),
          Map.entry("header", Role.METADATA),
          Map.entry("meta", Role.METADATA),
          Map.entry("date", Role.METADATA),
          Map.entry("tags", Role.METADATA),
          Map.entry("tag", Role.METADATA),
          Map.entry("keywords", Role.METADATA),
          Map.entry("topics", Role.METADATA),
          Map.entry("more", Role.RELATED),
          Map.entry("follow", Role.SHARE),
          Map.entry("toolbar", Role.SHARE),
          Map.entry("tools", Role.SHARE));

  private static final Set<String> POSITIVE_WORDS =
      Set.of(
          "article", "articles", "content", "body", "story", "entry", "text", "post", "main",
          "blog", "prose", "richtext", "detail", "news", "zw", "artikel", "inhalt", "contenu",
          "cuerpo", "corpo", "paragraph", "paragraphs", "copy", "chapter");

  private static final Map<Character, List<String>> STEMS_BY_LETTER = byLetter();

  private Evidence() {}

  /** The role an element's own markup gives it. */
  static Role of(Element e) {
    return of(e, null);
  }

  /**
   * As {@link #of(Element)}, reading class and id words through {@code cache} (class strings
   * repeat across a page), which may be null.
   */
  static Role of(Element e, Map<String, Role> cache) {
    if (e.attributesSize() == 0) {
      return TAGS.getOrDefault(e.normalName(), Role.NONE);
    }
    String itemprop = e.attr("itemprop");
    if (itemprop.equals("articleBody") || itemprop.equals("text")) {
      return Role.POSITIVE;
    }
    String aria = e.attr("role");
    if (aria.equals("navigation") || aria.equals("menu") || aria.equals("menubar")) {
      return Role.NAVIGATION;
    }
    if (aria.equals("complementary")) {
      return Role.WIDGET;
    }
    Role byTag = TAGS.getOrDefault(e.normalName(), Role.NONE);
    if (byTag.negative()) {
      return byTag;
    }
    String cls = e.className();
    String id = e.id();
    String words = id.isEmpty() ? cls : cls + " " + id;
    Role byWords = cache == null ? ofWords(words) : cache.computeIfAbsent(words, Evidence::ofWords);
    return byWords == Role.NONE ? byTag : byWords;
  }

  /** The role class and id words give: the first negative word wins, else positive, else none. */
  static Role ofWords(String classAndId) {
    if (classAndId.isBlank()) {
      return Role.NONE;
    }
    boolean positive = false;
    String s = classAndId;
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.length() != s.length()) {
      lower = s;
    }
    int n = s.length();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      boolean letter = i < n && Character.isLetterOrDigit(s.charAt(i));
      if (start >= 0 && (!letter || hump(s, i))) {
        Role r = ofWord(lower, start, i);
        if (r.negative()) {
          return r;
        }
        positive |= r == Role.POSITIVE;
        start = -1;
      }
      if (letter && start < 0) {
        start = i;
      }
    }
    return positive ? Role.POSITIVE : Role.NONE;
  }

  /** A camel-case hump: an upper-case letter after a lower-case one starts a new word. */
  private static boolean hump(String s, int i) {
    return Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i - 1));
  }

  private static Role ofWord(String lower, int from, int to) {
    if (to - from == 1 && !Character.isLetter(lower.charAt(from))) {
      return Role.NONE;
    }
    String word = lower.substring(from, to);
    Role r = WORDS.get(word);
    if (r != null) {
      return r;
    }
    if (POSITIVE_WORDS.contains(word)) {
      return Role.POSITIVE;
    }
    List<String> stems = STEMS_BY_LETTER.get(word.charAt(0));
    if (stems != null) {
      for (String stem : stems) {
        if (word.startsWith(stem)) {
          return STEMS.get(stem);
        }
      }
    }
    return Role.NONE;
  }

  private static Map<Character, List<String>> byLetter() {
    Map<Character, List<String>> out = new HashMap<>();
    for (String stem : STEMS.keySet()) {
      out.computeIfAbsent(stem.charAt(0), c -> new ArrayList<>()).add(stem);
    }
    out.replaceAll((c, list) -> {
      list.sort(Comparator.comparingInt(String::length).reversed());
      return List.copyOf(list);
    });
    return Map.copyOf(out);
  }
}
