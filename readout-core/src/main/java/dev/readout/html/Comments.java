package dev.readout.html;

import dev.readout.model.Comment;
import dev.readout.model.StatedTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds reader comments and forum replies anywhere on a cleaned page by markup conventions
 * ({@link CommentMarks}): each comment's text element, the commenter's name and the time beside it.
 * The elements that hold them are returned so the caller takes them out of the page before the
 * article is chosen: a comment is never body text. Reply forms and buttons are gone already
 * ({@link Cleaner}); reply links, votes and reports inside a comment's text are dropped here.
 */
final class Comments {

  /** The comments found, and the elements to take out of the page. */
  record Found(List<Comment> comments, List<Element> holders) {
    static final Found NONE = new Found(List.of(), List.of());
  }

  /** A comment's holder may be at most this many levels above its text. */
  private static final int MAX_CLIMB = 4;
  /**
   * ...and hold at most this many characters besides the text (name, time, controls), or as many
   * as the text when that is less, down to {@link #MIN_FURNITURE}: a short text does not reach up
   * into the article's header.
   */
  private static final int MAX_FURNITURE = 600;
  private static final int MIN_FURNITURE = 120;
  private static final int MAX_NAME = 80;
  private static final int MIN_LETTERS = 3;
  /** Texts of one kind that a page repeats this often are a list of comments, signed or not. */
  private static final int LISTED = 3;
  /** A comment text with neither name nor time beside it must be at least this long. */
  private static final int UNSIGNED_TEXT = 80;
  private static final int MAX_LINE = 160;
  /** An outer comment-text element left with less than this once its replies are out is a wrapper. */
  private static final int MIN_OWN_TEXT = 10;

  private final CommentMarks marks;

  Comments(CommentMarks marks) {
    this.marks = marks;
  }

  /**
   * The comments among {@code all} (a cleaned page's elements in document order), in page order.
   * Their holders are taken out of the page here. Comments inside comments' texts (replies nested
   * in the text element of the comment they answer) are read first, so the outer comment's text
   * is its own once they are gone; an outer element left with nothing is only a wrapper.
   */
  Found find(List<Element> all) {
    Marked marked = texts(all);
    if (marked.inner().isEmpty()) {
      return Found.NONE;
    }
    Map<Element, Integer> position = new IdentityHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      position.put(all.get(i), i);
    }
    Map<Integer, Comment> byPosition = new TreeMap<>();
    List<Element> holders = new ArrayList<>();
    read(marked.inner(), position, byPosition, holders);
    List<Element> outer = new ArrayList<>();
    for (Element e : marked.outer()) {
      if (e.ownerDocument() != null && ownProse(e)) {
        outer.add(e);
      }
    }
    read(outer, position, byPosition, holders);
    Map<String, Comment> comments = new LinkedHashMap<>(); // a section shown twice (picks, all) gives each once
    byPosition.values().forEach(c -> comments.putIfAbsent(c.author().orElse("") + "\n" + c.text(), c));
    return new Found(List.copyOf(comments.values()), holders);
  }

  private void read(List<Element> texts, Map<Element, Integer> position, Map<Integer, Comment> out, List<Element> holders) {
    if (texts.isEmpty()) {
      return;
    }
    Map<Element, Integer> under = countUnder(texts);
    Set<Element> textSet = identitySet();
    textSet.addAll(texts);
    boolean before = metaBefore(texts);
    Map<String, Integer> kinds = new HashMap<>();
    texts.forEach(t -> kinds.merge(kind(t), 1, Integer::sum));
    List<Element> found = new ArrayList<>();
    for (Element t : texts) {
      Element holder = holder(t, under);
      List<Element> scopes = scopes(holder, t, textSet, before);
      Optional<String> author = author(scopes, t);
      Optional<StatedTime> date = date(scopes, t);
      for (Element c : new ArrayList<>(t.getAllElements())) {
        if (c != t && marks.drop(c)) {
          c.remove();
        }
      }
      String text = t.text().strip();
      boolean listed = kinds.get(kind(t)) >= LISTED;
      if (!likeAComment(text, author.isPresent() || date.isPresent() || listed) || linkOnly(t, text)) {
        continue; // a notice or a count in comment markup ("0 Kommentare"); the body stage sets it aside
      }
      found.add(holder);
      out.put(position.getOrDefault(t, Integer.MAX_VALUE - out.size()), new Comment(author, date, text));
    }
    for (Element h : found) {
      if (h.parent() != null) {
        h.remove(); // never body text
      }
    }
    holders.addAll(found);
  }

  /**
   * Whether an element holds prose of its own, as a comment's text does: a run of text or a
   * paragraph among its children. A wrapper left with names, times and numbers holds none.
   */
  private static boolean ownProse(Element e) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t && t.text().strip().length() >= MIN_OWN_TEXT) {
        return true;
      }
      if (n instanceof Element c && (c.normalName().equals("p") || c.normalName().equals("blockquote")) && c.text().length() >= MIN_OWN_TEXT) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a text found in comment markup reads as a comment: words, and a name or a time beside
   * it or others of its kind on the page, or else the length of a few sentences. Empty sections
   * say {@code Nessun commento}, {@code Join the conversation} or a count in the same markup.
   */
  private static boolean likeAComment(String text, boolean signed) {
    int letters = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    return letters >= MIN_LETTERS && (signed || text.length() >= UNSIGNED_TEXT);
  }

  private static String kind(Element e) {
    return e.normalName() + "." + e.className();
  }

  /** Whether all of the text is link text: a count or a "comments" link to the section. */
  private static boolean linkOnly(Element t, String text) {
    if (t.closest("a") != null) {
      return true;
    }
    int linked = 0;
    for (Element a : t.getElementsByTag("a")) {
      linked += a.text().length();
    }
    return linked >= text.length();
  }

  /** Comment-text elements: those holding no other (inner), and those that do (outer). */
  private record Marked(List<Element> inner, List<Element> outer) {}

  /**
   * The comment-text elements, and forum posts whose mark the page repeats, the first of them left
   * out: on a thread page the first post is the article.
   */
  private Marked texts(List<Element> all) {
    Map<String, List<Element>> forum = new HashMap<>();
    Set<Element> marked = identitySet();
    for (Element e : all) {
      if (e.attributesSize() == 0) {
        continue;
      }
      if (marks.text(e) || schemaText(e)) {
        marked.add(e);
      } else {
        String value = marks.forumValue(e);
        if (value != null) {
          forum.computeIfAbsent(value, v -> new ArrayList<>()).add(e);
        }
      }
    }
    forum.values().forEach(posts -> marked.addAll(replies(posts)));
    Set<Element> outer = identitySet();
    for (Element t : marked) {
      for (Element a = t.parent(); a != null; a = a.parent()) {
        if (marked.contains(a)) {
          outer.add(a);
        }
      }
    }
    List<Element> inner = new ArrayList<>();
    List<Element> outerInOrder = new ArrayList<>();
    for (Element e : all) {
      if (marked.contains(e) && e.hasText()) {
        (outer.contains(e) ? outerInOrder : inner).add(e);
      }
    }
    return new Marked(inner, outerInOrder);
  }

  /**
   * The replies of a thread: posts after the first, when the first and at least two others each
   * name their poster beside them; all of them when a comment section holds them. Articles split into {@code post-text} paragraphs or {@code
   * post-content} sections name one author, once.
   */
  private List<Element> replies(List<Element> posts) {
    if (posts.size() < 3) {
      return List.of();
    }
    Map<Element, Integer> under = countUnder(posts);
    List<Element> named = new ArrayList<>();
    for (Element p : posts) {
      Element holder = holder(p, under);
      if (holder != p && innermost(holder, p).isPresent()) {
        named.add(p);
      }
    }
    if (named.size() < 3 || named.get(0) != posts.get(0)) {
      return List.of();
    }
    return inCommentSection(named.get(0)) ? named : named.subList(1, named.size());
  }

  /** Whether a section marked as comments ({@code id="comments"}) holds the element. */
  private static boolean inCommentSection(Element e) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (Evidence.of(a) == Role.COMMENTS) {
        return true;
      }
    }
    return false;
  }

  /** A schema.org {@code Comment}'s {@code text} property. */
  private static boolean schemaText(Element e) {
    String prop = e.attr("itemprop");
    if (!prop.equals("text") && !prop.equals("commentText")) {
      return false;
    }
    Element scope = e.parent();
    for (int i = 0; scope != null && i < MAX_CLIMB && !scope.hasAttr("itemtype"); i++) {
      scope = scope.parent();
    }
    return scope != null && scope.attr("itemtype").endsWith("/Comment");
  }

  private static Map<Element, Integer> countUnder(List<Element> texts) {
    Map<Element, Integer> under = new IdentityHashMap<>();
    for (Element t : texts) {
      Element a = t;
      for (int i = 0; a != null && i <= MAX_CLIMB + 1; i++, a = a.parent()) {
        under.merge(a, 1, Integer::sum);
      }
    }
    return under;
  }

  /** The largest element above the text that holds no other comment and little else. */
  private static Element holder(Element t, Map<Element, Integer> under) {
    int chars = t.text().length();
    int limit = chars + Math.min(MAX_FURNITURE, Math.max(MIN_FURNITURE, chars));
    Element holder = t;
    Element p = t.parent();
    for (int i = 0; p != null && i < MAX_CLIMB; i++, p = p.parent()) {
      String name = p.normalName();
      if (name.equals("body") || name.equals("html") || under.getOrDefault(p, 0) > 1 || p.text().length() > limit) {
        break;
      }
      holder = p;
    }
    return holder;
  }

  /**
   * Where a comment's name and time are: its holder; when the text stands alone among its
   * siblings (Blogger's {@code dt}/{@code dd} pairs, list items per part), also the siblings on
   * the page's side, back or on to the next comment: before the text when the first two texts of
   * one kind are each preceded by the same kind of element, else after it.
   */
  private static List<Element> scopes(Element holder, Element text, Set<Element> texts, boolean before) {
    List<Element> scopes = new ArrayList<>(List.of(holder));
    if (holder != text) {
      return scopes;
    }
    Element s = before ? holder.previousElementSibling() : holder.nextElementSibling();
    for (int i = 0; s != null && i < 3 && !holdsAny(s, texts); i++) {
      scopes.add(s);
      s = before ? s.previousElementSibling() : s.nextElementSibling();
    }
    return scopes;
  }

  private static boolean metaBefore(List<Element> texts) {
    Element first = texts.get(0);
    for (Element t : texts.subList(1, texts.size())) {
      if (alike(t, first)) {
        Element a = first.previousElementSibling();
        Element b = t.previousElementSibling();
        return a != null && b != null && alike(a, b);
      }
    }
    return true;
  }

  private static boolean alike(Element a, Element b) {
    return a.normalName().equals(b.normalName()) && a.className().equals(b.className());
  }

  private static boolean holdsAny(Element e, Set<Element> texts) {
    for (Element d : e.getAllElements()) {
      if (texts.contains(d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The commenter's name: an hCard {@code fn} or a {@code name} property near the text, else the
   * innermost author-marked element (its controls left out), else a name in a line such as
   * {@code At 4/19/2005, Anonymous said...} or {@code By Don, at 10:46 PM}.
   */
  private Optional<String> author(List<Element> scopes, Element text) {
    for (Element scope : scopes) {
      for (Element e : scope.getAllElements()) {
        if (!inside(e, text) && (e.hasClass("fn") || e.attr("itemprop").equals("name")) && e.hasText()) {
          return name(e.text());
        }
      }
    }
    for (Element scope : scopes) {
      Optional<Element> found = innermost(scope, text);
      if (found.isPresent()) {
        return name(visibleText(found.get()));
      }
    }
    for (Element line : lines(scopes, text)) {
      Optional<String> said = marks.said(line.text());
      if (said.isPresent()) {
        return said;
      }
    }
    return Optional.empty();
  }

  private Optional<String> name(String shown) {
    String n = marks.name(shown);
    return n.isEmpty() || n.length() > MAX_NAME ? Optional.empty() : Optional.of(n);
  }

  /** The element's text without what controls in it say ({@code Profile}, {@code Follow}). */
  private String visibleText(Element e) {
    StringBuilder b = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        b.append(t.text()).append(' ');
      } else if (n instanceof Element c && !marks.drop(c)) {
        b.append(visibleText(c)).append(' ');
      }
    }
    return b.toString().replaceAll("\\s+", " ").strip();
  }

  /**
   * The short lines around a comment's text: the parts of its holder beside the text, and the
   * sibling scopes, each at most {@value #MAX_LINE} characters.
   */
  private static List<Element> lines(List<Element> scopes, Element text) {
    List<Element> out = new ArrayList<>();
    for (Element scope : scopes) {
      if (scope == text) {
        continue;
      }
      if (inside(text, scope)) {
        for (Element c : scope.children()) {
          if (!inside(text, c) && c.text().length() <= MAX_LINE) {
            out.add(c);
          }
        }
      } else if (scope.text().length() <= MAX_LINE) {
        out.add(scope);
      }
    }
    return out;
  }

  /**
   * When the comment was posted: a machine-readable time ({@code datetime}, a date property)
   * near the text, else a date-marked element's text, else a short line with a date.
   */
  private Optional<StatedTime> date(List<Element> scopes, Element text) {
    for (boolean machine : new boolean[] {true, false}) {
      for (Element scope : scopes) {
        for (Element e : scope.getAllElements()) {
          boolean stated = e.hasAttr("datetime") || e.attr("itemprop").startsWith("date");
          if (inside(e, text) || (machine ? !stated : !marks.date(e))) {
            continue;
          }
          Optional<String> iso = stated(e);
          if (iso.isPresent()) {
            return iso.flatMap(StatedTime::parse);
          }
        }
      }
    }
    for (Element line : lines(scopes, text)) {
      Optional<String> iso = DateText.inText(line.text());
      if (iso.isPresent()) {
        return iso.flatMap(StatedTime::parse);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> stated(Element e) {
    for (String attr : new String[] {"datetime", "content", "title"}) {
      String v = e.attr(attr);
      if (!v.isEmpty()) {
        Optional<String> iso = DateText.iso(v);
        if (iso.isPresent()) {
          return iso;
        }
      }
    }
    return e.ownText().isEmpty() && e.childrenSize() > 3 ? Optional.empty() : DateText.inText(e.text());
  }

  /** The innermost author-marked element in {@code scope} outside the text, with text. */
  private Optional<Element> innermost(Element scope, Element text) {
    Element found = null;
    for (Element e : scope.getAllElements()) {
      if (inside(e, text) || !marks.author(e) || !e.hasText()) {
        continue;
      }
      if (found == null || inside(e, found)) {
        found = e;
      } else if (!inside(e, found)) {
        break;
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean inside(Element e, Element ancestor) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static Set<Element> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
