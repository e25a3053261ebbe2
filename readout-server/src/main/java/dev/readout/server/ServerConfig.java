package dev.readout.server;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the server listens.
 *
 * @param host address to bind; {@code 127.0.0.1} unless the caller means to expose it
 * @param port TCP port; 0 picks a free one
 * @param idleTimeout how long a silent connection is kept
 */
public record ServerConfig(String host, int port, Duration idleTimeout) {

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
    }
  }

  /** Loopback, the given port, 30 s idle timeout. */
  public static ServerConfig loopback(int port) {
    return new ServerConfig("127.0.0.1", port, Duration.ofSeconds(30));
  }
}
