package dev.readout.cli;

import dev.readout.server.ServerConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Where the index is and where to serve it: shared by {@code serve} and {@code demo}. */
final class ServerOptions {

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "readout-data", description = "Data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}: this machine only).")
  String bind;

  @Option(names = "--access-log", paramLabel = "FILE", description = "Append one line per request (extended NCSA format) to FILE.")
  Path accessLog;

  /** How the server listens. */
  ServerConfig config() {
    ServerConfig c = new ServerConfig(bind, port, Duration.ofSeconds(30));
    return accessLog == null ? c : c.withAccessLog(accessLog);
  }

  /** For in-process tests: start, print the address, stop at once. */
  @Option(names = "--check", hidden = true)
  boolean check;

  /**
   * Fails with one line when the address cannot be listened on (most often: the port is taken),
   * before any work that would be wasted; port 0 always can.
   */
  void checkPort() throws IOException {
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true); // as the server does: a port in TIME_WAIT is free to use
      probe.bind(new InetSocketAddress(bind, port));
    } catch (IOException e) {
      throw cannotListen(e);
    }
  }

  /** The one-line error for an address that cannot be listened on. */
  IOException cannotListen(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return new IOException("cannot listen on " + bind + ":" + port + ": " + root.getMessage(), e);
  }
}
