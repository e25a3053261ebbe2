package dev.readout.server;

import dev.readout.index.Corpus;
import dev.readout.index.Fixtures;
import dev.readout.index.IngestConfig;
import dev.readout.index.Ingester;
import dev.readout.model.AnnotatedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A started server on a free loopback port over the given fixture articles, in a folder of its own. */
final class FixtureServer implements AutoCloseable {

  final Path data;
  final Corpus corpus;
  final ReadoutServer server;

  private FixtureServer(Path data, Corpus corpus, ReadoutServer server) {
    this.data = data;
    this.corpus = corpus;
    this.server = server;
  }

  /** The synthetic fixture corpus ({@link Fixtures#corpus()}). */
  static FixtureServer start() throws IOException {
    return start(Fixtures.corpus());
  }

  static FixtureServer start(List<AnnotatedArticle> articles) throws IOException {
    Path data = Files.createTempDirectory("readout-server-test");
    try (Ingester in = Ingester.open(data, new IngestConfig(100, 1), Fixtures.grouper())) {
      in.add(articles);
    }
    Corpus corpus = Corpus.open(data);
    return new FixtureServer(data, corpus, ReadoutServer.create(corpus, ServerConfig.loopback(0)).start());
  }

  int port() {
    return server.port();
  }

  @Override
  public void close() throws IOException {
    server.close();
    corpus.close();
    try (Stream<Path> files = Files.walk(data)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
