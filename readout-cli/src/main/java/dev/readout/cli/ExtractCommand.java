package dev.readout.cli;

import dev.readout.Readout;
import dev.readout.json.ArticleJson;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Input;
import dev.readout.model.RawDocument;
import dev.readout.model.Rejected;
import dev.readout.read.DocumentReader;
import dev.readout.read.Sources;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code readout extract PATH... [-o FILE]}: one JSON object per article, as JSON Lines. */
@Command(
    name = "extract",
    description = "Read pages (text, HTML, WARC, JSON Lines; files, folders or - for stdin) and write one JSON object per article.",
    mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or - for stdin.")
  List<String> paths;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
  Path output;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Readout readout = new Readout();
    int articles = 0;
    int rejected = 0;
    try (Writer out = open();
        DocumentReader reader = Sources.open(paths)) {
      for (Input in : reader) {
        if (in instanceof Rejected r) {
          err.println("readout: " + r);
          rejected++;
          continue;
        }
        AnnotatedArticle a = readout.process((RawDocument) in);
        out.write(ArticleJson.write(a));
        out.write('\n');
        articles++;
      }
    }
    err.flush();
    return rejected == 0 ? 0 : 1;
  }

  private Writer open() throws IOException {
    if (output == null) {
      return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
  }
}
