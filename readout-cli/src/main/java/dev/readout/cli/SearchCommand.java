package dev.readout.cli;

import dev.readout.index.ArticleHit;
import dev.readout.index.Corpus;
import dev.readout.index.Hit;
import dev.readout.index.SearchRequest;
import dev.readout.index.SearchResult;
import dev.readout.index.StatementHit;
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
import picocli.CommandLine.Parameters;

/** {@code readout search QUERY [filters] [--json]}: query the index. */
@Command(name = "search", description = "Search indexed articles or statements.", mixinStandardHelpOptions = true)
public final class SearchCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "QUERY", defaultValue = "", description = "Words, \"a phrase\", -exclude; empty for all.")
  String query;

  @Option(names = "--type", defaultValue = "ARTICLE", description = "article or statement (default: article).")
  SearchRequest.Type type;

  @Option(names = "--speaker", description = "Who said it: name or actor id.") String speaker;
  @Option(names = "--actor", description = "An actor the hit names.") String actor;
  @Option(names = "--country", description = "ISO country code of an actor.") String country;
  @Option(names = "--topic", description = "Topic code.") String topic;
  @Option(names = "--outlet", description = "Outlet name.") String outlet;
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day.") LocalDate from;
  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day.") LocalDate to;
  @Option(names = "--limit", defaultValue = "20", description = "Hits to show (default: ${DEFAULT-VALUE}).") int limit;
  @Option(names = "--offset", defaultValue = "0", description = "Hits to skip.") int offset;
  @Option(names = "--json", description = "Print the result as JSON.") boolean json;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "readout-data", description = "Data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Override
  public Integer call() throws IOException {
    SearchRequest r = new SearchRequest(query, type, opt(speaker), opt(actor), opt(country), opt(topic), opt(outlet),
        Optional.ofNullable(from), Optional.ofNullable(to),
        query.isBlank() ? SearchRequest.Order.NEWEST : SearchRequest.Order.RELEVANCE, offset, limit);
    SearchResult res;
    try (Corpus corpus = Corpus.open(data)) {
      res = corpus.search(r);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(ArticleJson.mapper().writeValueAsString(res));
    } else {
      out.println(res.total() + (res.total() == 1 ? " hit" : " hits"));
      res.hits().forEach(h -> out.println(line(h)));
    }
    out.flush();
    return 0;
  }

  static String line(Hit h) {
    if (h instanceof StatementHit s) {
      return s.date().orElse("undated   ") + "  " + s.speaker() + ": " + s.sentence() + "  [" + s.article() + "]";
    }
    ArticleHit a = (ArticleHit) h;
    return a.published().map(p -> p.substring(0, Math.min(10, p.length()))).orElse("undated   ") + "  "
        + a.outlet().orElse("?") + "  " + a.title().orElse("(untitled)") + "  [" + a.id() + "]";
  }

  static Optional<String> opt(String s) {
    return Optional.ofNullable(s).filter(x -> !x.isBlank());
  }
}
