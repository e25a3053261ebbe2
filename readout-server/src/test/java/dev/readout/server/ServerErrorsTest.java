package dev.readout.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.json.ArticleJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors the web server raises before a route runs, request bodies and the access log, over raw
 * sockets so that nothing on the client side rewrites or refuses the odd requests.
 */
class ServerErrorsTest {

  static FixtureServer fixture;

  @BeforeAll
  static void start() throws IOException {
    fixture = FixtureServer.start();
  }

  @AfterAll
  static void stop() throws IOException {
    fixture.close();
  }

  record Reply(int status, String head, String body) {}

  /** Sends a raw HTTP/1.1 request (the connection closes after it) and reads the whole reply. */
  static Reply send(int port, String head, byte[] body) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      OutputStream out = s.getOutputStream();
      out.write((head + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      InputStream in = s.getInputStream();
      String reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = reply.indexOf("\r\n\r\n");
      return new Reply(Integer.parseInt(reply.substring(9, 12)), reply.substring(0, split), reply.substring(split + 4));
    }
  }

  static JsonNode jsonError(Reply r, int status) throws IOException {
    return jsonError(r, status, status);
  }

  static JsonNode jsonError(Reply r, int status, int orStatus) throws IOException {
    assertThat(r.status()).as(r.head() + "\n" + r.body()).isIn(status, orStatus);
    status = r.status();
    assertThat(r.head().toLowerCase(Locale.ROOT)).contains("content-type: application/json");
    JsonNode o = ArticleJson.mapper().readTree(r.body());
    assertThat(o.path("status").asInt()).isEqualTo(status);
    assertThat(o.path("error").asText()).isNotBlank();
    return o;
  }

  static Reply get(String target, String extraHeaders) throws IOException {
    return send(fixture.port(), "GET " + target + " HTTP/1.1\r\n" + extraHeaders, new byte[0]);
  }

  @Test
  void encodedDotSegmentsAreAJson400() throws IOException {
    jsonError(get("/api/%2e%2e/stats", ""), 400, 404);
    jsonError(get("/api/%2e%2e/%2e%2e/etc/passwd", ""), 400, 404);
    jsonError(get("/ui/%2e%2e/%2e%2e/etc/passwd", ""), 400, 404);
    jsonError(get("/%2e%2e/%2e%2e/etc/passwd", ""), 400, 404);
    jsonError(get("/api/..%2f..%2fetc", ""), 400, 404);
  }

  @Test
  void aTooLongRequestLineIsAJson414() throws IOException {
    jsonError(get("/api/search?q=" + "x".repeat(ReadoutServer.MAX_HEADERS + 100), ""), 414);
  }

  @Test
  void tooLargeHeadersAreAJson431() throws IOException {
    jsonError(get("/api/stats", "X-Padding: " + "y".repeat(ReadoutServer.MAX_HEADERS + 100) + "\r\n"), 431);
  }

  @Test
  void aMalformedRequestIsAJson400() throws IOException {
    jsonError(send(fixture.port(), "GET /api/stats HTTP/1.1\r\nBad Header Line\r\n", new byte[0]), 400);
  }

  @Test
  void bodiesOverTheCapAreRefused() throws IOException {
    byte[] big = new byte[ReadoutServer.MAX_BODY + 1];
    jsonError(send(fixture.port(), "GET /api/stats HTTP/1.1\r\nContent-Length: " + big.length + "\r\n", big), 413);
    String chunk = Integer.toHexString(big.length) + "\r\n" + "z".repeat(big.length) + "\r\n0\r\n\r\n";
    jsonError(send(fixture.port(), "GET /api/stats HTTP/1.1\r\nTransfer-Encoding: chunked\r\n", chunk.getBytes(StandardCharsets.US_ASCII)), 413);
    byte[] small = new byte[100];
    assertThat(send(fixture.port(), "GET /api/stats HTTP/1.1\r\nContent-Length: 100\r\n", small).status()).isEqualTo(200);
  }

  @Test
  void errorsNameNoServerVersion() throws IOException {
    assertThat(get("/api/%2e%2e/stats", "").head().toLowerCase(Locale.ROOT)).doesNotContain("server: jetty");
  }

  @Test
  void theAccessLogHasALinePerRequest(@TempDir Path tmp) throws IOException {
    Path log = tmp.resolve("access.log");
    try (ReadoutServer logged = ReadoutServer.create(fixture.corpus, ServerConfig.loopback(0).withAccessLog(log)).start()) {
      assertThat(send(logged.port(), "GET /api/stats HTTP/1.1\r\n", new byte[0]).status()).isEqualTo(200);
      assertThat(send(logged.port(), "GET /api/articles/nope HTTP/1.1\r\n", new byte[0]).status()).isEqualTo(404);
      // Jetty writes a request's line as the request completes, which can be just after the client
      // has read the response: a last request makes sure the two above have completed before close.
      assertThat(send(logged.port(), "GET /api/stats HTTP/1.1\r\n", new byte[0]).status()).isEqualTo(200);
    }
    assertThat(Files.readAllLines(log)).hasSizeBetween(2, 3)
        .anySatisfy(l -> assertThat(l).contains("\"GET /api/stats HTTP/1.1\" 200"))
        .anySatisfy(l -> assertThat(l).contains("\"GET /api/articles/nope HTTP/1.1\" 404"));
  }
}
