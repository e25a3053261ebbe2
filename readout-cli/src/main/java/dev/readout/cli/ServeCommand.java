package dev.readout.cli;

import dev.readout.index.Corpus;
import dev.readout.server.ReadoutServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code readout serve [--data DIR] [--port 8080] [--bind 127.0.0.1] [--access-log FILE]}: the JSON API and web UI. */
@Command(name = "serve", description = "Serve the JSON API and web UI over the index until interrupted.", mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ServerOptions server;

  @Override
  public Integer call() throws IOException, InterruptedException {
    server.checkPort();
    return serve(spec, server);
  }

  /** Opens the corpus, serves it and prints the address; blocks until the JVM is asked to stop. */
  static int serve(CommandLine.Model.CommandSpec spec, ServerOptions options) throws IOException, InterruptedException {
    Path data = options.data;
    Corpus corpus = Corpus.open(data);
    ReadoutServer server;
    try {
      server = ReadoutServer.create(corpus, options.config()).start();
    } catch (RuntimeException e) {
      corpus.close();
      throw options.cannotListen(e);
    }
    spec.commandLine().getOut().println("Readout is serving " + data.toAbsolutePath().normalize() + " on " + server.url());
    spec.commandLine().getOut().flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runnable stop = () -> {
      server.close();
      try {
        corpus.close();
      } catch (IOException e) {
        spec.commandLine().getErr().println("readout: " + e.getMessage());
      }
      stopped.countDown();
    };
    if (options.check) {
      stop.run();
    } else {
      Runtime.getRuntime().addShutdownHook(new Thread(stop, "readout-stop"));
      stopped.await();
    }
    return 0;
  }
}
