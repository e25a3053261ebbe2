package dev.readout.meta;

import dev.readout.model.Draft;
import dev.readout.model.Draft.Tag;
import dev.readout.model.Article;
import dev.readout.model.Dateline;
import dev.readout.model.Page;
import dev.readout.model.Removed;
import dev.readout.model.StatedTime;
import dev.readout.text.Hosts;
import java.net.URI;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a page's metadata from a {@link Draft} and builds the {@link Article}: dateline,
 * publication time, agency, outlet, editor and authors, language, summary, id. Reads, in order of
 * trust: what the page declares in markup ({@link Draft#tags()}), what the crawler recorded
 * ({@link Page#fields()}), and the metadata lines extraction set aside. Thread-safe.
 */
public final class Metadata {

  private static final Pattern LEADING_DATE =
      Pattern.compile("^(?:date|published|updated|posted|pubdate)\\s*[:：]?\\s*(\\d{4}-\\d{2}-\\d{2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?)\\s+", Pattern.CASE_INSENSITIVE);
  /** Reuters' closing {@code Reuter}, run into the last line of a table or paragraph. */
  private static final Pattern GLUED_SIGN_OFF = Pattern.compile("\\s+(Reuter|REUTER)$");
  /** A standfirst sits above the dateline paragraph, at most this many paragraphs above it. */
  private static final int MAX_STANDFIRST = 2;

  public Article resolve(Page page, Draft draft) {
    List<String> paragraphs = new ArrayList<>(draft.paragraphs());
    List<Removed> removed = new ArrayList<>(draft.removed());
    Optional<String> summary = draft.summary();
    Optional<StatedTime> leadingDate = stripLeadingDate(paragraphs, removed);

    Optional<Datelines.Found> dateline = Optional.empty();
    for (int j = 0; j < Math.min(paragraphs.size(), MAX_STANDFIRST + 1) && dateline.isEmpty(); j++) {
      dateline = Datelines.find(paragraphs.get(j));
      if (dateline.isPresent()) {
        if (j > 0 && summary.isEmpty()) {
          summary = Optional.of(String.join(" ", paragraphs.subList(0, j)));
        }
        String rest = paragraphs.get(j).substring(dateline.get().end()).strip();
        paragraphs.subList(0, j + 1).clear();
        if (!rest.isEmpty()) {
          paragraphs.add(0, rest);
        }
      }
    }
    Optional<String> signOff = stripSignOff(paragraphs, removed);

    Optional<URI> url = tag(draft, Tag.CANONICAL).flatMap(Metadata::uri).or(page::url);
    Optional<String> country = country(page, draft, url);
    List<String> evidence = lines(removed, Removed.Reason.METADATA, Removed.Reason.COPYRIGHT, Removed.Reason.SOURCE_URL);
    List<String> metadataLines = lines(removed, Removed.Reason.METADATA);
    Optional<MonthDay> day = dateline.flatMap(Datelines.Found::day);
    Optional<StatedTime> stated =
        tag(draft, Tag.PUBLISHED).flatMap(StatedTime::parse)
            .or(() -> field(page, "date_publish", "published", "date").flatMap(s -> Dates.find(s, day, country)).map(Metadata::midnightIsNoTime))
            .or(() -> firstDate(metadataLines, day, country))
            .or(() -> leadingDate);
    Optional<StatedTime> modified =
        tag(draft, Tag.MODIFIED).flatMap(StatedTime::parse)
            .or(() -> field(page, "date_modify", "modified").flatMap(s -> Dates.find(s, day, country)));

    String body = String.join("\n\n", paragraphs);
    String lead = body.length() > 500 ? body.substring(0, 500) : body;
    Optional<LocalDate> dlDate =
        day.flatMap(d -> Years.resolve(d, stated.map(StatedTime::date), lead, body));
    Optional<StatedTime> published = stated.or(() -> dlDate.map(StatedTime::ofDate));
    Dateline dl =
        dateline
            .map(f -> new Dateline(Optional.of(f.place()), f.day(), dlDate, f.agency().map(a -> Agencies.canonical(a).orElse(a))))
            .orElse(Dateline.NONE);

    Optional<String> agency =
        dl.agency().filter(a -> Agencies.canonical(a).isPresent())
            .or(() -> lines(removed, Removed.Reason.METADATA, Removed.Reason.SOURCE_URL).stream().map(Agencies::find).flatMap(Optional::stream).findFirst())
            .or(() -> signOff);
    Optional<String> title = tag(draft, Tag.TITLE).or(() -> field(page, "title")).or(draft::title);
    return new Article(
        ContentId.of(title.orElse(""), paragraphs),
        page.source(),
        url,
        title,
        outlet(page, draft, removed, url),
        agency,
        published,
        modified,
        dl,
        metadataLines.stream().map(Bylines::editor).flatMap(Optional::stream).findFirst(),
        authors(page, draft, evidence),
        tag(draft, Tag.LANGUAGE).or(() -> field(page, "language")).or(() -> Language.detect(title.orElse("") + " " + (body.length() > 2000 ? body.substring(0, 2000) : body))),
        summary,
        draft.captions(),
        paragraphs,
        removed,
        page.warnings(),
        draft.comments());
  }

  /**
   * Crawlers write a date they found without a time as midnight ({@code 2017-09-15 00:00:00}); an
   * exact midnight without a zone from a crawler field says nothing about the time of day.
   */
  private static StatedTime midnightIsNoTime(StatedTime t) {
    boolean midnight = t.time().map(java.time.LocalTime.MIDNIGHT::equals).orElse(false);
    return midnight && t.offset().isEmpty() ? StatedTime.ofDate(t.date()) : t;
  }

  /** A crawler-page prefix such as {@code date 2021-02-05} glued before the first paragraph. */
  private static Optional<StatedTime> stripLeadingDate(List<String> paragraphs, List<Removed> removed) {
    if (paragraphs.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = LEADING_DATE.matcher(paragraphs.get(0));
    if (!m.find()) {
      return Optional.empty();
    }
    removed.add(new Removed(m.group().strip(), Removed.Reason.METADATA));
    paragraphs.set(0, paragraphs.get(0).substring(m.end()));
    return Dates.find(m.group(1));
  }

  /** A closing agency sign-off line ({@code Reuter}), dropped; its agency is evidence. */
  private static Optional<String> stripSignOff(List<String> paragraphs, List<Removed> removed) {
    if (paragraphs.isEmpty()) {
      return Optional.empty();
    }
    String last = paragraphs.get(paragraphs.size() - 1).strip();
    Matcher glued = GLUED_SIGN_OFF.matcher(last);
    if (glued.find()) {
      paragraphs.set(paragraphs.size() - 1, last.substring(0, glued.start()));
      removed.add(new Removed(glued.group(1), Removed.Reason.METADATA));
      return Agencies.canonical(glued.group(1));
    }
    Optional<String> agency = last.length() <= 30 ? Agencies.canonical(last.replaceAll("^[-—(]+|[)]+$", "").strip()) : Optional.empty();
    if (agency.isPresent()) {
      paragraphs.remove(paragraphs.size() - 1);
      removed.add(new Removed(last, Removed.Reason.METADATA));
    }
    return agency;
  }

  /** The dropped lines with one of the given reasons, in page order: the evidence metadata reads. */
  private static List<String> lines(List<Removed> removed, String... reasons) {
    List<String> wanted = List.of(reasons);
    return removed.stream().filter(r -> wanted.contains(r.reason())).map(Removed::text).toList();
  }

  private static Optional<StatedTime> firstDate(List<String> lines, Optional<MonthDay> near, Optional<String> country) {
    return lines.stream().map(l -> Dates.find(l, near, country)).flatMap(Optional::stream).findFirst();
  }

  /**
   * The country the page was written in, for reading zone abbreviations: what the markup says
   * (host domain, locale, language; see the HTML stage), else the country-code domain of its
   * address or of the crawler's {@code source_domain}.
   */
  private static Optional<String> country(Page page, Draft draft, Optional<URI> url) {
    return tag(draft, Tag.COUNTRY)
        .or(() -> url.map(URI::getHost).flatMap(Hosts::country))
        .or(() -> field(page, "source_domain").flatMap(Hosts::country));
  }

  private static Optional<String> outlet(Page page, Draft draft, List<Removed> removed, Optional<URI> url) {
    Optional<String> named = tag(draft, Tag.SITE_NAME).or(() -> tag(draft, Tag.PUBLISHER));
    if (named.isPresent()) {
      return named;
    }
    Optional<String> domain = field(page, "source_domain").flatMap(Outlets::byHost);
    if (domain.isPresent()) {
      return domain;
    }
    for (String reason : List.of(Removed.Reason.COPYRIGHT, Removed.Reason.SOURCE_URL, Removed.Reason.METADATA)) {
      for (Removed r : removed) {
        if (r.reason().equals(reason)) {
          Optional<String> o = Outlets.byName(r.text()).or(() -> Outlets.byUrlIn(r.text()));
          if (o.isPresent()) {
            return o;
          }
        }
      }
    }
    return url.flatMap(Outlets::byUri);
  }

  private static List<String> authors(Page page, Draft draft, List<String> evidence) {
    LinkedHashSet<String> out = new LinkedHashSet<>(draft.tags().getOrDefault(Tag.AUTHOR, List.of()));
    if (out.isEmpty()) {
      field(page, "authors", "author").ifPresent(a -> out.addAll(List.of(a.split("\\s*;\\s*"))));
    }
    if (out.isEmpty()) {
      evidence.forEach(l -> out.addAll(Bylines.authors(l)));
    }
    out.removeIf(String::isBlank);
    return List.copyOf(out);
  }

  private static Optional<String> tag(Draft draft, String key) {
    return draft.tags().getOrDefault(key, List.of()).stream().filter(s -> !s.isBlank()).findFirst();
  }

  private static Optional<String> field(Page page, String... keys) {
    Map<String, String> f = page.fields();
    for (String k : keys) {
      String v = f.get(k);
      if (v != null && !v.isBlank() && !v.equals("null")) {
        return Optional.of(v.strip());
      }
    }
    return Optional.empty();
  }

  private static Optional<URI> uri(String s) {
    try {
      return Optional.of(URI.create(s.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
