package dev.readout.bench.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readout.model.Article;
import dev.readout.model.DateSource;
import dev.readout.model.StatedTime;
import dev.readout.nlp.Anchor;
import dev.readout.nlp.Dated;
import dev.readout.nlp.EventDates;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gold-dates}: dates every gold engagement and event of one split from its own sentence with
 * {@code EventDates} (the trigger is the evidence's first token; {@code future} is the gold status
 * scheduled or proposed; the anchor is the story's dateline day and publication day) and compares
 * date and source with the gold. Where the gold says {@code dateline} or {@code published} (the
 * day's news, which the caller supplies), an empty answer counts as right.
 */
@Command(name = "gold-dates", mixinStandardHelpOptions = true,
    description = "Score Dates.forEvent on the gold's engagement and event dates (one split; tune on tune only).")
public final class GoldDatesCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> AHEAD = Set.of("scheduled", "proposed");

  @Option(names = "--stories", defaultValue = "readout-bench/gold/nlp/stories.jsonl", description = "drawn stories (default: ${DEFAULT-VALUE})")
  Path stories;

  @Option(names = "--resolved", defaultValue = "readout-bench/gold/nlp/resolved", description = "resolved annotations root (default: ${DEFAULT-VALUE})")
  Path resolvedRoot;

  @Option(names = "--texts", defaultValue = "/work/gold-texts", description = "story texts <id>.txt, as gold-texts writes them (default: ${DEFAULT-VALUE})")
  Path texts;

  @Option(names = "--split", required = true, description = "tune or test")
  String split;

  @Option(names = "--clause", defaultValue = "NEAREST", description = "SENTENCE, PUNCTUATION, CONJUNCTION or NEAREST (default: ${DEFAULT-VALUE})")
  EventDates.Clause clause;

  @Option(names = "--show-misses", description = "list every miss: story, evidence, gold, Readout's")
  boolean showMisses;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** One gold item's outcome. */
  private record Outcome(boolean dateRight, boolean sourceRight, boolean noneRight, String miss) {}

  @Override
  public Integer call() throws IOException {
    if (!split.equals("tune") && !split.equals("test")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--split must be tune or test, not " + split);
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<String, StoryEntry> entries = GoldStories.entries(stories).stream()
        .collect(Collectors.toMap(StoryEntry::id, Function.identity()));
    List<Outcome> outcomes = new ArrayList<>();
    for (Path file : files()) {
      JsonNode root = JSON.readTree(file.toFile());
      StoryEntry e = entries.get(root.get("story").asText());
      if (e != null && e.split().equals(split)) {
        String text = Files.readString(texts.resolve(e.id() + ".txt"), StandardCharsets.UTF_8);
        Anchor anchor = anchor(e, text);
        for (String layer : List.of("engagements", "events")) {
          root.path(layer).forEach(item -> outcomes.add(score(e.id(), item, text, anchor)));
        }
      }
    }
    long dates = outcomes.stream().filter(Outcome::dateRight).count();
    long sources = outcomes.stream().filter(Outcome::sourceRight).count();
    out.printf(Locale.ROOT, "%s (%s clause): %d items, date right %.1f%%, source right %.1f%%%n", split,
        clause.name().toLowerCase(Locale.ROOT), outcomes.size(), pct(dates, outcomes.size()), pct(sources, outcomes.size()));
    out.printf(Locale.ROOT, "  baseline (no date ever): %.1f%%%n", pct(outcomes.stream().filter(Outcome::noneRight).count(), outcomes.size()));
    if (showMisses) {
      outcomes.stream().filter(o -> !o.dateRight() || !o.sourceRight()).forEach(o -> out.println(o.miss()));
    }
    return 0;
  }

  private List<Path> files() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String a : GoldScoreCommand.folders(resolvedRoot, "A")) {
      try (Stream<Path> s = Files.list(resolvedRoot.resolve(a))) {
        s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  /** The dateline's day (year from the publication day) and the publication day, as the bench's article has them. */
  static Anchor anchor(StoryEntry e, String text) {
    Article a = ReadoutLayers.article(e, text);
    return new Anchor(a.dateline().date(), a.published().map(StatedTime::date));
  }

  private Outcome score(String id, JsonNode item, String text, Anchor anchor) {
    String goldDate = item.path("date").isTextual() ? item.get("date").asText() : "";
    DateSource goldSource = DateSource.of(item.path("date_source").asText("none"));
    Dated mine = EventDates.date(text, item.get("sentence").get("start").asInt(), item.get("sentence").get("end").asInt(),
        item.get("evidence").get("start").asInt(), clause, anchor, AHEAD.contains(item.path("status").asText()));
    String myDate = mine.date().map(Object::toString).orElse("");
    boolean newsOfDay = goldSource == DateSource.DATELINE || goldSource == DateSource.PUBLISHED;
    boolean dateRight = newsOfDay ? myDate.isEmpty() : myDate.equals(goldDate);
    boolean sourceRight = newsOfDay ? mine.source() == DateSource.NONE : mine.source() == goldSource;
    String miss = String.format(Locale.ROOT, "%s\t%s\t%s %s\t%s %s\t%s", id, item.get("evidence").get("quote").asText(),
        goldDate.isEmpty() ? "null" : goldDate, goldSource, myDate.isEmpty() ? "null" : myDate, mine.source(),
        text.substring(item.get("sentence").get("start").asInt(), item.get("sentence").get("end").asInt()).replace('\n', ' '));
    return new Outcome(dateRight, sourceRight, newsOfDay || goldSource == DateSource.NONE, miss);
  }

  private static double pct(long n, int of) {
    return of == 0 ? 0 : 100.0 * n / of;
  }
}
