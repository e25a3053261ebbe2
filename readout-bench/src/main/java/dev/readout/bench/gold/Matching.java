package dev.readout.bench.gold;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.ToIntBiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a prediction with the gold, story by story, by the rules of issue 13 (written out in
 * docs/quality.md, "NLP gold"). Every comparison is one-to-one: each gold item takes the closest
 * unmatched predicted item that satisfies the rule, in gold order.
 */
final class Matching {

  /** The measures printed for each split. */
  enum Measure {
    ENGAGEMENTS("engagements, event level (type family, participants)"),
    ENGAGEMENTS_STRICT("engagements, strict (type, date, place)"),
    ENGAGEMENT_DATES("engagements: date right, of event-level matches"),
    STATEMENTS_FOUND("statements found (content overlaps half)"),
    STATEMENT_SPEAKERS("statements: speaker right, of found"),
    STATEMENTS_WHOLE("statements whole right (speaker, content ±3 tokens)"),
    EVENTS_TYPE("events: type"),
    EVENTS_FULL("events: type, actor and recipient"),
    OTHER_EVENTS_TYPE("events other than CONSULT: type"),
    OTHER_EVENTS_FULL("events other than CONSULT: type, actor, recipient");

    final String label;

    Measure(String label) {
      this.label = label;
    }
  }

  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private Matching() {}

  static Map<Measure, Score> compare(Layers gold, Layers pred, String text) {
    Map<Measure, Score> out = new EnumMap<>(Measure.class);
    engagements(gold.engagements(), pred.engagements(), out);
    statements(gold.statements(), pred.statements(), tokens(text), out);
    events(gold.events(), pred.events(), out);
    return out;
  }

  private static void engagements(List<Layers.Engagement> gold, List<Layers.Engagement> pred, Map<Measure, Score> out) {
    ToIntBiFunction<Layers.Engagement, Layers.Engagement> distance = (g, p) -> g.evidence().distance(p.evidence());
    List<int[]> loose = pairs(gold, pred, Matching::sameEngagement, distance);
    out.put(Measure.ENGAGEMENTS, score(loose, pred.size(), gold.size()));
    BiPredicate<Layers.Engagement, Layers.Engagement> strict = (g, p) -> sameEngagement(g, p)
        && g.type().equals(p.type()) && sameDate(g.date(), p.date()) && samePlace(g.place(), p.place());
    out.put(Measure.ENGAGEMENTS_STRICT, score(pairs(gold, pred, strict, distance), pred.size(), gold.size()));
    int dated = (int) loose.stream().filter(m -> sameDate(gold.get(m[0]).date(), pred.get(m[1]).date())).count();
    out.put(Measure.ENGAGEMENT_DATES, new Score(dated, loose.size(), dated, loose.size()));
  }

  /** Same type family, and every gold participant among the predicted ones (two for a multilateral meeting). */
  static boolean sameEngagement(Layers.Engagement g, Layers.Engagement p) {
    if (!family(g.type()).equals(family(p.type()))) {
      return false;
    }
    List<Layers.Party> want = g.participants();
    long matched = want.stream().filter(w -> p.participants().stream().anyMatch(q -> Names.same(w, q))).count();
    long needed = g.type().equals("multilateral_meeting") ? Math.min(2, want.size()) : want.size();
    return matched >= needed;
  }

  static String family(String type) {
    return switch (type) {
      case "meeting", "talks", "visit", "multilateral_meeting" -> "meeting";
      default -> type;
    };
  }

  private static void statements(
      List<Layers.Statement> gold, List<Layers.Statement> pred, List<Span> tokens, Map<Measure, Score> out) {
    BiPredicate<Layers.Statement, Layers.Statement> overlaps = (g, p) -> {
      int common = count(tokens, intersection(g.content(), p.content()));
      return common > 0 && (2 * common >= count(tokens, g.content()) || 2 * common >= count(tokens, p.content()));
    };
    List<int[]> found = pairs(gold, pred, overlaps,
        (g, p) -> -count(tokens, intersection(g.content(), p.content())));
    out.put(Measure.STATEMENTS_FOUND, score(found, pred.size(), gold.size()));
    int speakers = 0;
    int whole = 0;
    for (int[] m : found) {
      Layers.Statement g = gold.get(m[0]);
      Layers.Statement p = pred.get(m[1]);
      boolean speaker = g.speaker().isEmpty()
          ? p.speaker().isEmpty()
          : p.speaker().isPresent() && Names.same(g.speaker().get(), p.speaker().get());
      if (speaker) {
        speakers++;
        if (Math.abs(first(tokens, g.content()) - first(tokens, p.content())) <= 3
            && Math.abs(last(tokens, g.content()) - last(tokens, p.content())) <= 3) {
          whole++;
        }
      }
    }
    out.put(Measure.STATEMENT_SPEAKERS, new Score(speakers, found.size(), speakers, found.size()));
    out.put(Measure.STATEMENTS_WHOLE, new Score(whole, pred.size(), whole, gold.size()));
  }

  private static void events(List<Layers.Event> gold, List<Layers.Event> pred, Map<Measure, Score> out) {
    BiPredicate<Layers.Event, Layers.Event> type = (g, p) -> g.type().equals(p.type()) && g.negated() == p.negated()
        && (p.evidence().distance(g.sentence()) == 0 || g.evidence().distance(p.sentence()) == 0);
    BiPredicate<Layers.Event, Layers.Event> full = (g, p) -> type.test(g, p)
        && (g.actors().isEmpty() || Names.anySame(g.actors(), p.actors(), true))
        && (g.recipients().isEmpty()
            || Names.anySame(g.recipients(), p.recipients().isEmpty() ? p.actors() : p.recipients(), true));
    ToIntBiFunction<Layers.Event, Layers.Event> distance = (g, p) -> g.evidence().distance(p.evidence());
    out.put(Measure.EVENTS_TYPE, score(pairs(gold, pred, type, distance), pred.size(), gold.size()));
    out.put(Measure.EVENTS_FULL, score(pairs(gold, pred, full, distance), pred.size(), gold.size()));
    List<Layers.Event> otherGold = gold.stream().filter(e -> !e.type().equals("CONSULT")).toList();
    List<Layers.Event> otherPred = pred.stream().filter(e -> !e.type().equals("CONSULT")).toList();
    out.put(Measure.OTHER_EVENTS_TYPE,
        score(pairs(otherGold, otherPred, type, distance), otherPred.size(), otherGold.size()));
    out.put(Measure.OTHER_EVENTS_FULL,
        score(pairs(otherGold, otherPred, full, distance), otherPred.size(), otherGold.size()));
  }

  /** One-to-one matches as {gold index, pred index}: each gold item takes its nearest free candidate. */
  static <G, P> List<int[]> pairs(List<G> gold, List<P> pred, BiPredicate<G, P> ok, ToIntBiFunction<G, P> distance) {
    boolean[] taken = new boolean[pred.size()];
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      int best = -1;
      for (int j = 0; j < pred.size(); j++) {
        if (!taken[j] && ok.test(gold.get(i), pred.get(j))
            && (best < 0 || distance.applyAsInt(gold.get(i), pred.get(j)) < distance.applyAsInt(gold.get(i), pred.get(best)))) {
          best = j;
        }
      }
      if (best >= 0) {
        taken[best] = true;
        out.add(new int[] {i, best});
      }
    }
    return out;
  }

  private static Score score(List<int[]> matches, int pred, int gold) {
    return new Score(matches.size(), pred, matches.size(), gold);
  }

  /**
   * Dates agree when both are absent, or their spans overlap; a month and day without a year
   * ({@code --03-02}) agrees with any span holding that day.
   */
  static boolean sameDate(Optional<String> gold, Optional<String> pred) {
    if (gold.isEmpty() || pred.isEmpty()) {
      return gold.isEmpty() && pred.isEmpty();
    }
    String g = gold.get();
    String p = pred.get();
    if (g.startsWith("--") || p.startsWith("--")) {
      String day = g.startsWith("--") ? g : p;
      String other = g.startsWith("--") ? p : g;
      if (other.startsWith("--")) {
        return day.equals(other);
      }
      MonthDay md = MonthDay.parse(day);
      LocalDate[] s = span(other);
      for (LocalDate d = s[0]; !d.isAfter(s[1]); d = d.plusDays(1)) {
        if (MonthDay.from(d).equals(md)) {
          return true;
        }
      }
      return false;
    }
    LocalDate[] a = span(g);
    LocalDate[] b = span(p);
    return !a[0].isAfter(b[1]) && !b[0].isAfter(a[1]);
  }

  private static LocalDate[] span(String iso) {
    int slash = iso.indexOf('/');
    return slash < 0
        ? new LocalDate[] {LocalDate.parse(iso), LocalDate.parse(iso)}
        : new LocalDate[] {LocalDate.parse(iso.substring(0, slash)), LocalDate.parse(iso.substring(slash + 1))};
  }

  /** Places agree when both are absent, or one's words hold the other's ("Geneva" in "Palais des Nations, Geneva"). */
  static boolean samePlace(Optional<String> gold, Optional<String> pred) {
    Optional<String> g = Names.normalisedPlace(gold);
    Optional<String> p = Names.normalisedPlace(pred);
    if (g.isEmpty() || p.isEmpty()) {
      return g.isEmpty() && p.isEmpty();
    }
    String a = " " + g.get() + " ";
    String b = " " + p.get() + " ";
    return a.contains(b) || b.contains(a);
  }

  static List<Span> tokens(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(new Span(m.start(), m.end()));
    }
    return out;
  }

  private static Span intersection(Span a, Span b) {
    int s = Math.max(a.start(), b.start());
    int e = Math.min(a.end(), b.end());
    return e > s ? new Span(s, e) : new Span(s, s);
  }

  private static int count(List<Span> tokens, Span s) {
    return (int) tokens.stream().filter(t -> t.start() < s.end() && t.end() > s.start()).count();
  }

  private static int first(List<Span> tokens, Span s) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > s.start()) {
        return i;
      }
    }
    return tokens.size();
  }

  private static int last(List<Span> tokens, Span s) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (tokens.get(i).start() < s.end()) {
        return i;
      }
    }
    return -1;
  }
}
