package dev.readout.cli;

import dev.readout.index.IngestConfig;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code readout demo}: ingest the bundled sample pages and serve the UI. */
@Command(name = "demo", description = "Ingest the bundled sample pages into DIR and serve the web UI on http://127.0.0.1:8080.", mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ServerOptions server;

  @Option(names = "--samples", paramLabel = "DIR", description = "Sample pages (default: the samples folder of this checkout).")
  Path samples;

  @Override
  public Integer call() throws IOException, InterruptedException {
    server.checkPort(); // before the ingest, which would be wasted
    Path dir = samples != null ? samples : findSamples();
    List<String> pages;
    try (Stream<Path> files = Files.list(dir)) {
      pages = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().map(Path::toString).toList();
    }
    if (pages.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no sample pages (*.txt) in " + dir);
    }
    spec.commandLine().getOut().println("Ingesting " + pages.size() + " sample pages from " + dir + " into " + server.data);
    IngestCommand.run(spec, pages, server.data, IngestConfig.defaults());
    return ServeCommand.serve(spec, server);
  }

  /** The samples folder beside the build: ./samples, else the checkout the jar was built in. */
  private Path findSamples() {
    Path here = Path.of("samples");
    if (Files.isDirectory(here)) {
      return here;
    }
    try {
      Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = jar.getParent(); p != null; p = p.getParent()) {
        if (Files.isDirectory(p.resolve("samples")) && Files.exists(p.resolve("pom.xml"))) {
          return p.resolve("samples");
        }
      }
    } catch (URISyntaxException | SecurityException e) {
      // fall through to the error below
    }
    throw new CommandLine.ParameterException(spec.commandLine(), "cannot find the samples folder; pass --samples DIR");
  }
}
