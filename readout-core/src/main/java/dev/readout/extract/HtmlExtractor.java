package dev.readout.extract;

import dev.readout.model.Draft;
import dev.readout.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the article in an HTML page. Thread-safe. */
public final class HtmlExtractor {

  public Draft extract(Page page) {
    Document doc = Jsoup.parse(page.text(), page.url().map(Object::toString).orElse(""));
    List<String> paragraphs = new ArrayList<>();
    for (Element p : doc.select("p")) {
      String t = p.text().strip();
      if (!t.isEmpty()) {
        paragraphs.add(t);
      }
    }
    String title = doc.title().strip();
    return new Draft(
        title.isEmpty() ? Optional.empty() : Optional.of(title),
        paragraphs,
        List.of(),
        Optional.empty(),
        List.of(),
        Map.of());
  }
}
