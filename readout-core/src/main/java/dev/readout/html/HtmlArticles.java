package dev.readout.html;

import dev.readout.model.Draft;
import dev.readout.model.Removed;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in an HTML page: body paragraphs, captions, reader comments, what was set
 * aside and why, and the metadata the page states. One jsoup parse, then one bottom-up measuring pass and one
 * top-down writing pass over the chosen containers. Stateless and thread-safe.
 */
public final class HtmlArticles {

  /** The stated body replaces the extracted one when the extracted one is shorter than this share. */
  private static final double STATED_BODY_SHARE = 0.5;

  private HtmlArticles() {}

  /**
   * Extracts the article of one page.
   *
   * @param html the page's markup, decoded
   * @param url the page's address, used to resolve links and read dates in the path; may be empty
   * @return the draft; never null, with empty lists when the page holds no text
   */
  public static Draft extract(String html, Optional<URI> url) {
    Document doc = Jsoup.parse(html, url.map(URI::toString).orElse(""));
    Element body = doc.body();
    Landmarks marks = new Landmarks();
    marks.addTree(doc.head());
    List<Removed> removed = new ArrayList<>();
    List<Element> all = Cleaner.clean(body, removed, marks);
    PageMeta meta = PageMeta.read(doc, url, marks);
    Comments.Found comments = new Comments(CommentMarks.DEFAULT).find(all);
    if (!comments.holders().isEmpty()) {
      all = Walk.elements(body); // the comments' holders are out of the page: never body text
    }
    Stats stats = Stats.measure(all);
    BodyEvidence stated = BodyEvidence.of(meta.articleBody().orElse(""));
    List<Element> containers = new ContentFinder(stats, stated).find(body, all);
    BlockWriter writer = new BlockWriter(stats);
    writer.write(containers);
    BlockFilter filter = new BlockFilter(meta.title().orElse(""));
    filter.filter(writer.blocks());
    removed.addAll(writer.removed());
    removed.addAll(filter.removed());
    List<String> paragraphs = filter.paragraphs();
    if (stated.present() && chars(paragraphs) < STATED_BODY_SHARE * meta.articleBody().get().length()) {
      paragraphs = statedParagraphs(meta.articleBody().get());
    }
    return new Draft(meta.title(), paragraphs, writer.captions(), Optional.empty(), removed, meta.tags(), comments.comments());
  }

  private static int chars(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      n += p.length() + 2;
    }
    return n;
  }

  private static List<String> statedParagraphs(String body) {
    List<String> out = new ArrayList<>();
    String text = body.contains("<") ? Jsoup.parse(body).wholeText() : body;
    for (String line : text.split("\\s*\\n\\s*")) {
      String t = line.strip().replaceAll("\\s+", " ");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
