package dev.readout.cli;

import dev.readout.index.Corpus;
import dev.readout.index.EngagementQuery;
import dev.readout.index.Timeline;
import dev.readout.index.TimelineEntry;
import dev.readout.json.ArticleJson;
import dev.readout.model.Party;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code readout timeline [--actor A] [--status S,...] [--from D] [--to D]}: engagements in date
 * order, one line each with its status and who acted on whom.
 */
@Command(name = "timeline", description = "List engagements (meetings, calls, visits) in date order.", mixinStandardHelpOptions = true)
public final class TimelineCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--actor", description = "A participant: name or actor id.") String actor;
  @Option(names = "--status", paramLabel = "S[,S...]",
      description = "Only these statuses, comma-separated: happened, ongoing, scheduled, proposed (default: all).")
  String status;
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day.") LocalDate from;
  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day.") LocalDate to;
  @Option(names = "--limit", defaultValue = "100", description = "Entries to show (default: ${DEFAULT-VALUE}).") int limit;
  @Option(names = "--offset", defaultValue = "0", description = "Entries to skip.") int offset;
  @Option(names = "--json", description = "Print the result as JSON.") boolean json;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "readout-data", description = "Data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Override
  public Integer call() throws IOException {
    EngagementQuery q = new EngagementQuery(SearchCommand.opt(actor), Optional.ofNullable(from), Optional.ofNullable(to), offset, limit)
        .withStatus(EngagementQuery.statuses(status == null ? "" : status));
    Timeline t;
    try (Corpus corpus = Corpus.open(data)) {
      t = corpus.engagements(q);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(ArticleJson.mapper().writeValueAsString(t));
    } else {
      out.println(t.total() + (t.total() == 1 ? " engagement" : " engagements"));
      t.entries().forEach(e -> out.println(line(e)));
    }
    out.flush();
    return 0;
  }

  /** One table row: date, status, type, who acted on whom, where, and how many articles report it. */
  static String line(TimelineEntry e) {
    return String.format(Locale.ROOT, "%-21s  %-9s  %-20s  %s%s  (%d report%s)",
        e.date().map(Object::toString).orElse("undated"), e.status(), e.type(), parties(e),
        e.place().map(p -> " in " + p).orElse(""), e.articles().size(), e.articles().size() == 1 ? "" : "s");
  }

  /** {@code A → B} for a visit or a call, {@code A, B} when everyone is an actor. */
  static String parties(TimelineEntry e) {
    String actors = e.actors().stream().map(Party::name).collect(Collectors.joining(", "));
    return e.symmetric() ? actors : actors + " \u2192 " + e.recipients().stream().map(Party::name).collect(Collectors.joining(", "));
  }
}
