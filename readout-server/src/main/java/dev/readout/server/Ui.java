package dev.readout.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web UI: a fixed set of files read from the classpath once. A request names a file from this
 * set or gets a 404, so no path ever reaches the file system.
 */
final class Ui {

  private static final Map<String, String> TYPES =
      Map.of(
          "index.html", "text/html; charset=utf-8",
          "app.js", "text/javascript; charset=utf-8",
          "app.css", "text/css; charset=utf-8");

  private final Map<String, byte[]> files;

  Ui() {
    Map<String, byte[]> loaded = new java.util.HashMap<>();
    for (String name : TYPES.keySet()) {
      try (InputStream in = Ui.class.getResourceAsStream("ui/" + name)) {
        if (in == null) {
          throw new IllegalStateException("UI file missing from the jar: " + name);
        }
        loaded.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    files = Map.copyOf(loaded);
  }

  void index(Context ctx) {
    send(ctx, "index.html");
  }

  void file(Context ctx) {
    String name = ctx.pathParam("name");
    if (!files.containsKey(name)) {
      throw new NotFound("file " + name);
    }
    send(ctx, name);
  }

  private void send(Context ctx, String name) {
    ctx.contentType(TYPES.get(name)).header("Cache-Control", "no-cache").result(files.get(name));
  }
}
