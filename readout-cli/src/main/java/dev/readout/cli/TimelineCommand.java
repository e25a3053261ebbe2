package dev.readout.cli;

import dev.readout.index.Corpus;
import dev.readout.index.EngagementQuery;
import dev.readout.index.Timeline;
import dev.readout.index.TimelineEntry;
import dev.readout.json.ArticleJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code readout timeline [--actor A] [--from D] [--to D]}: engagements in date order. */
@Command(name = "timeline", description = "List engagements (meetings, calls, visits) in date order.", mixinStandardHelpOptions = true)
public final class TimelineCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--actor", description = "A participant: name or actor id.") String actor;
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day.") LocalDate from;
  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day.") LocalDate to;
  @Option(names = "--limit", defaultValue = "100", description = "Entries to show (default: ${DEFAULT-VALUE}).") int limit;
  @Option(names = "--offset", defaultValue = "0", description = "Entries to skip.") int offset;
  @Option(names = "--json", description = "Print the result as JSON.") boolean json;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "readout-data", description = "Data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Override
  public Integer call() throws IOException {
    EngagementQuery q = new EngagementQuery(SearchCommand.opt(actor), Optional.ofNullable(from), Optional.ofNullable(to), offset, limit);
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

  static String line(TimelineEntry e) {
    return String.format(java.util.Locale.ROOT, "%-21s  %-20s  %s%s  (%d report%s)",
        e.date().orElse("undated"), e.type(), String.join(", ", e.participants()),
        e.place().map(p -> " in " + p).orElse(""), e.articles().size(), e.articles().size() == 1 ? "" : "s");
  }
}
