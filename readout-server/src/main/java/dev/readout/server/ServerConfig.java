package dev.readout.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how the server listens.
 *
 * @param host address to bind; {@code 127.0.0.1} unless the caller means to expose it
 * @param port TCP port; 0 picks a free one
 * @param idleTimeout how long a silent connection is kept
 * @param accessLog a file to append one NCSA line per request to; empty for no access log
 */
public record ServerConfig(String host, int port, Duration idleTimeout, Optional<Path> accessLog) {

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(accessLog, "accessLog");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
    }
  }

  /** No access log. */
  public ServerConfig(String host, int port, Duration idleTimeout) {
    this(host, port, idleTimeout, Optional.empty());
  }

  /** Loopback, the given port, 30 s idle timeout. */
  public static ServerConfig loopback(int port) {
    return new ServerConfig("127.0.0.1", port, Duration.ofSeconds(30));
  }

  /** This config with an access log appended to {@code file}. */
  public ServerConfig withAccessLog(Path file) {
    return new ServerConfig(host, port, idleTimeout, Optional.of(file));
  }
}
