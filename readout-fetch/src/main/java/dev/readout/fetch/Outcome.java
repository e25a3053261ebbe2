package dev.readout.fetch;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What asking for one URL gave: a body, "not modified", a redirect, or a refusal with its reason. */
sealed interface Outcome {

  /** A 2xx response with its whole body (within the size limit). */
  final class Body implements Outcome {
    private final URI uri;
    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    Body(URI uri, int status, Map<String, List<String>> headers, byte[] body) {
      this.uri = uri;
      this.status = status;
      this.headers = Map.copyOf(headers);
      this.body = body;
    }

    URI uri() {
      return uri;
    }

    int status() {
      return status;
    }

    Map<String, List<String>> headers() {
      return headers;
    }

    Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
          .map(e -> e.getValue().get(0))
          .findFirst();
    }

    String contentType() {
      return header("content-type").orElse("");
    }

    /** A copy of the body. */
    byte[] bytes() {
      return Arrays.copyOf(body, body.length);
    }

    int length() {
      return body.length;
    }

    /** The validators to send next time. */
    Validators validators() {
      return new Validators(header("etag"), header("last-modified"));
    }
  }

  /** 304: the copy from last time still holds. */
  record NotModified(URI uri) implements Outcome {}

  /** 3xx with a Location. */
  record Redirect(URI from, URI location) implements Outcome {}

  /**
   * No page: {@code reason} says why in a few words; {@code retryLater} is true when another run
   * may succeed (network trouble, timeouts, 429, 5xx), false when asking again is pointless.
   */
  record Refused(URI uri, Why why, String reason, boolean retryLater) implements Outcome {}

  /** Kinds of refusal, for the summary's counts. */
  enum Why {
    ROBOTS,
    FAILED,
    /** A redirect to a page fetched already (or being fetched): not asked again. */
    SEEN
  }

  /** ETag and Last-Modified of an earlier response, sent back as If-None-Match and If-Modified-Since. */
  record Validators(Optional<String> etag, Optional<String> lastModified) {
    static final Validators NONE = new Validators(Optional.empty(), Optional.empty());

    boolean isEmpty() {
      return etag.isEmpty() && lastModified.isEmpty();
    }
  }
}
