package dev.readout.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the index is and where to serve it: shared by {@code serve} and {@code demo}. */
final class ServerOptions {

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "readout-data", description = "Data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}: this machine only).")
  String bind;

  /** For in-process tests: start, print the address, stop at once. */
  @Option(names = "--check", hidden = true)
  boolean check;
}
