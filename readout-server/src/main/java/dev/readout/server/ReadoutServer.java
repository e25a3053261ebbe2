package dev.readout.server;

import dev.readout.index.Corpus;
import dev.readout.index.InvalidRequestException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.RequestLogWriter;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API under {@code /api} and the web UI at {@code /}, over one {@link
 * Corpus}. Read-only (GET only), JSON errors, strict parameters, a content security policy that
 * allows no inline script. {@link #create} returns it unstarted; the caller owns the corpus.
 */
public final class ReadoutServer implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(ReadoutServer.class);

  /** Largest request body accepted; the API takes none. */
  static final int MAX_BODY = 8 * 1024;

  /** Largest request line plus headers. */
  static final int MAX_HEADERS = 16 * 1024;

  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
          + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final Javalin app;
  private final ServerConfig config;

  private ReadoutServer(Javalin app, ServerConfig config) {
    this.app = app;
    this.config = config;
  }

  /** A server for {@code corpus}, not yet listening. */
  public static ReadoutServer create(Corpus corpus, ServerConfig config) {
    Api api = new Api(corpus);
    Ui ui = new Ui();
    Charts charts = new Charts(corpus);
    Javalin app =
        Javalin.create(
            c -> {
              c.jetty.host = config.host();
              c.jetty.port = config.port();
              c.http.maxRequestSize = MAX_BODY; // the API takes no bodies
              c.jetty.modifyHttpConfiguration(h -> {
                h.setRequestHeaderSize(MAX_HEADERS);
                h.setSendServerVersion(false);
              });
              c.jetty.modifyServer(server -> {
                server.setErrorHandler(new JsonErrors());
                config.accessLog().ifPresent(file -> server.setRequestLog(accessLog(file)));
              });
              c.jetty.modifyServletContextHandler(h -> h.setErrorHandler(new JsonErrors()));
              c.startup.showJavalinBanner = false;
              c.routes.before(ReadoutServer::headers);
              c.routes.before(ReadoutServer::refuseBodies);
              c.routes.get("/", ui::index);
              c.routes.get("/ui/{name}", ui::file);
              c.routes.get("/api/search", api::search);
              c.routes.get("/api/articles/{id}", api::article);
              c.routes.get("/api/stories/{id}", api::story);
              c.routes.get("/api/actors", api::actors);
              c.routes.get("/api/actors/{id}", api::actor);
              c.routes.get("/api/actors/{id}/statements", api::actorStatements);
              c.routes.get("/api/actors/{id}/statements/months", api::statementsByMonth);
              c.routes.get("/api/engagements", api::engagements);
              c.routes.get("/api/engagements/months", api::engagementsByMonth);
              c.routes.get("/api/network", api::network);
              c.routes.get("/charts/engagements.svg", charts::engagements);
              c.routes.get("/charts/actors/{id}/statements.svg", charts::statements);
              c.routes.get("/charts/network.svg", charts::network);
              c.routes.get("/api/stats", api::stats);
              c.routes.exception(InvalidRequestException.class, (e, ctx) -> fail(ctx, 400, e.getMessage(), e.parameter()));
              c.routes.exception(NotFound.class, (e, ctx) -> fail(ctx, 404, "not found: " + e.getMessage(), null));
              c.routes.exception(TooLarge.class, (e, ctx) -> fail(ctx, 413, e.getMessage(), null));
              c.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("request {} failed", ctx.path(), e);
                fail(ctx, 500, "internal error", null);
              });
              c.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || !ctx.res().getContentType().startsWith("application/json")) {
                  fail(ctx, 404, "not found: " + ctx.path(), null);
                }
              });
              c.routes.error(405, ctx -> fail(ctx, 405, "read-only API: only GET", null));
            });
    return new ReadoutServer(app, config);
  }

  /** Request bodies over {@link #MAX_BODY} are refused, whether their length is declared or chunked. */
  private static void refuseBodies(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BODY) {
      throw new TooLarge(declared);
    }
    if (declared < 0 && ctx.header("Transfer-Encoding") != null) {
      try (InputStream in = ctx.req().getInputStream()) {
        long read = in.readNBytes(MAX_BODY + 1).length;
        if (read > MAX_BODY) {
          throw new TooLarge(read);
        }
      }
    }
  }

  private static RequestLog accessLog(Path file) {
    RequestLogWriter writer = new RequestLogWriter(file.toString());
    writer.setAppend(true);
    return new CustomRequestLog(writer, CustomRequestLog.EXTENDED_NCSA_FORMAT);
  }

  private static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }

  private static void fail(Context ctx, int status, String message, String parameter) {
    try {
      ctx.status(status);
      Api.json(ctx, Api.error(status, message, parameter));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      ctx.result("{\"status\":" + status + "}");
    }
  }

  /** Starts listening; returns this. */
  public ReadoutServer start() {
    app.start();
    for (Connector c : app.jettyServer().server().getConnectors()) {
      if (c instanceof ServerConnector sc) {
        sc.setIdleTimeout(config.idleTimeout().toMillis());
      }
    }
    return this;
  }

  /** The port it listens on (the chosen one when configured with 0). */
  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return "http://" + host + ":" + port() + "/";
  }

  @Override
  public void close() {
    app.stop();
  }
}
