package dev.readout.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty raises before a route runs (a path with {@code %2e%2e}, a request line over the
 * header cap: 414, headers over it: 431, a malformed request: 400) as the same JSON object the
 * routes answer with, never Jetty's HTML page, and never a stack trace or the server's version.
 */
final class JsonErrors extends ErrorHandler {

  static final String JSON_TYPE = "application/json; charset=utf-8";

  JsonErrors() {
    setShowStacks(false);
    setShowCauses(false);
    setShowOrigin(false);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON_TYPE);
    response.write(true, body(code, message), callback);
  }

  /** Errors found while parsing, when there is no request to answer through. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, JSON_TYPE));
    return body(status, reason);
  }

  static ByteBuffer body(int status, String message) {
    String reason = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
    try {
      return ByteBuffer.wrap(Api.JSON.writeValueAsString(Api.error(status, reason, null)).getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
