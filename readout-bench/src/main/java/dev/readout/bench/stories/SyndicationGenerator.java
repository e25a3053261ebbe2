package dev.readout.bench.stories;

import dev.readout.meta.ContentId;
import dev.readout.model.Article;
import dev.readout.model.Dateline;
import dev.readout.model.StatedTime;
import java.net.URI;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Builds a syndication test set from real articles, reproducibly from a seed. Every source
 * article becomes a story of 2 to 5 pages: the original as one outlet ran it, and copies that
 * another outlet made with the edits seen in syndication, in random combinations:
 *
 * <ul>
 *   <li>re-wrapped in the outlet's boilerplate (header lines, footer lines, related links);
 *   <li>dateline restyled ({@code BEIJING, Feb. 4 (Xinhua) --} / {@code BEIJING -} / none);
 *   <li>agency credit moved into, out of or within the body;
 *   <li>headline rewritten;
 *   <li>last paragraphs cut (down to 40% of the paragraphs, at least two);
 *   <li>photo caption added;
 *   <li>light copy-editing: a word changed here and there, paragraphs split or joined.
 * </ul>
 *
 * <p>The negatives are real: sources of the same news-cluster event, and Reuters stories of the
 * same topic and company, are lookalikes that must stay apart.
 */
final class SyndicationGenerator {

  /** One generated page and the story it truly belongs to. */
  record Page(Article article, String story, String group) {}

  private static final String[][] WORDING = {
    {" said ", " says "}, {" percent", " per cent"}, {"U.S.", "US"}, {" on Monday", " Monday"},
    {" on Tuesday", " Tuesday"}, {" on Wednesday", " Wednesday"}, {" on Thursday", " Thursday"},
    {" on Friday", " Friday"}, {" organization", " organisation"}, {" told ", " said to "},
    {"\"", "\u201c"}, {" mln ", " million "}, {" pct", " percent"}, {" dlrs", " dollars"},
  };
  private static final String[] AGENCIES = {"Xinhua", "Reuters", "AP", "AFP"};

  private final SplittableRandom random;
  private int pages;

  SyndicationGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  List<Page> generate(List<Source> sources) {
    List<Page> out = new ArrayList<>();
    for (Source s : sources) {
      String agency = AGENCIES[random.nextInt(AGENCIES.length)];
      int copies = 1 + random.nextInt(4);
      out.add(page(s, agency, Outlet.ALL.get(random.nextInt(Outlet.ALL.size())), false, sources));
      for (int i = 0; i < copies; i++) {
        out.add(page(s, agency, Outlet.ALL.get(random.nextInt(Outlet.ALL.size())), true, sources));
      }
    }
    return out;
  }

  private Page page(Source s, String agency, Outlet outlet, boolean copy, List<Source> all) {
    List<String> body = new ArrayList<>(s.paragraphs());
    if (copy && chance(0.6)) {
      cut(body);
    }
    if (copy && chance(0.4)) {
      reword(body);
    }
    if (copy && chance(0.3)) {
      rewrap(body);
    }
    restyleDateline(s, agency, body, copy);
    if (chance(0.5)) {
      credit(agency, body);
    }
    if (chance(0.4)) {
      body.add(Math.min(body.size(), random.nextInt(2)), caption(s, agency));
    }
    if (chance(0.8)) {
      wrap(outlet, body, all);
    }
    String title = copy && chance(0.8) ? rewriteTitle(s.title()) : s.title();
    var published = s.published().plusDays(copy ? random.nextInt(3) : 0);
    String id = "p" + (pages++) + "-" + ContentId.of(title, body);
    Article a = new Article(id, s.key(), Optional.of(URI.create("https://example.org/" + id)), Optional.of(title),
        Optional.of(outlet.name()), Optional.of(agency), Optional.of(StatedTime.ofDate(published)), Optional.empty(),
        Dateline.NONE, Optional.empty(), List.of(), Optional.of("en"), Optional.empty(), List.of(), body, List.of());
    return new Page(a, s.key(), s.group());
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private void cut(List<String> body) {
    int keep = Math.max(2, (int) Math.ceil(body.size() * (0.4 + 0.5 * random.nextDouble())));
    while (body.size() > keep) {
      body.remove(body.size() - 1);
    }
  }

  private void reword(List<String> body) {
    for (int i = 0; i < body.size(); i++) {
      if (chance(0.3)) {
        String[] w = WORDING[random.nextInt(WORDING.length)];
        body.set(i, body.get(i).replace(w[0], w[1]));
      }
    }
  }

  // Splits a long paragraph at a sentence end, or joins two neighbours.
  private void rewrap(List<String> body) {
    int i = random.nextInt(body.size());
    String p = body.get(i);
    int dot = p.indexOf(". ", p.length() / 3);
    if (dot > 0 && chance(0.5)) {
      body.set(i, p.substring(0, dot + 1));
      body.add(i + 1, p.substring(dot + 2));
    } else if (i + 1 < body.size()) {
      body.set(i, p + " " + body.remove(i + 1));
    }
  }

  private void restyleDateline(Source s, String agency, List<String> body, boolean copy) {
    if (s.dateline().isEmpty() || body.isEmpty() || (copy && chance(0.2))) {
      return;
    }
    String place = s.dateline().get().toUpperCase(Locale.ROOT);
    String month = s.published().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    String[] styles = {
      place + ", " + month + ". " + s.published().getDayOfMonth() + " (" + agency + ") -- ",
      place + " - ", place + " (" + agency + ") - ", place + ", " + month + " " + s.published().getDayOfMonth() + " - ",
    };
    body.set(0, styles[random.nextInt(styles.length)] + body.get(0));
  }

  private void credit(String agency, List<String> body) {
    String[] credits = {agency, "Source: " + agency, "(Reporting by " + agency + " correspondents; editing by the news desk)", "-- " + agency};
    String line = credits[random.nextInt(credits.length)];
    body.add(chance(0.7) ? body.size() : 0, line);
  }

  private String caption(Source s, String agency) {
    String[] words = s.title().split("\\s+");
    int n = Math.min(words.length, 4 + random.nextInt(6));
    return "A file photo taken in " + (2000 + random.nextInt(22)) + " shows " + String.join(" ", List.of(words).subList(0, n))
        + ". [Photo/" + agency + "]";
  }

  private void wrap(Outlet outlet, List<String> body, List<Source> all) {
    body.addAll(0, outlet.header());
    body.addAll(outlet.footer());
    if (chance(0.5)) {
      body.add("Related: " + all.get(random.nextInt(all.size())).title());
      body.add("Related: " + all.get(random.nextInt(all.size())).title());
    }
  }

  private String rewriteTitle(String title) {
    String[] words = title.split("\\s+");
    return switch (random.nextInt(3)) {
      case 0 -> title.toUpperCase(Locale.ROOT);
      case 1 -> String.join(" ", List.of(words).subList(0, Math.max(1, words.length * 2 / 3)));
      default -> "UPDATE: " + title;
    };
  }
}
