package dev.readout.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * How the JDK client's failures read, and which are worth a retry. An unknown host is checked here
 * rather than against the fixture site, because resolving one would ask a DNS server.
 */
class HttpTest {

  static final URI AT = URI.create("https://news.example/a.html");

  static Outcome.Refused refused(Throwable t) {
    return (Outcome.Refused) Http.failure(AT, t);
  }

  @Test
  void anUnknownHostIsNamedAndNotRetried() {
    ConnectException e = new ConnectException();
    e.initCause(new UnresolvedAddressException());
    assertThat(refused(e).reason()).isEqualTo("unknown host news.example");
    assertThat(refused(e).retryLater()).isFalse();
  }

  @Test
  void tlsTimeoutsAndDroppedConnectionsReadAsSuch() {
    assertThat(refused(new IOException("wrapped", new SSLHandshakeException("PKIX path building failed"))).reason())
        .isEqualTo("TLS error: PKIX path building failed");
    assertThat(refused(new HttpConnectTimeoutException("connect timed out"))).extracting(Outcome.Refused::reason, Outcome.Refused::retryLater)
        .containsExactly("timed out", true);
    assertThat(refused(new ConnectException("Connection refused"))).extracting(Outcome.Refused::reason, Outcome.Refused::retryLater)
        .containsExactly("connection refused", true);
    assertThat(refused(new IOException("connection reset")).reason()).isEqualTo("I/O error: connection reset");
  }
}
