package dev.readout.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javax.net.ssl.SSLException;

/**
 * One URL, one answer: a GET through the per-host gate with retries and backoff, no redirects
 * followed (the caller decides whether the next hop is allowed), a deadline on the whole exchange
 * and a bounded body. Thread-safe.
 */
final class Http {

  private final HttpClient client;
  private final FetchConfig config;
  private final HostGate gate;
  private final FetchClock clock;

  Http(FetchConfig config, HostGate gate, FetchClock clock) {
    this.config = config;
    this.gate = gate;
    this.clock = clock;
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(config.connectTimeout())
        .build();
  }

  /**
   * Asks once, and again after a backoff while the failure is one that passes (network, timeout,
   * 429, 5xx) and retries remain.
   *
   * @param wanted whether a body of the given content type (lower case, possibly empty) is worth
   *     reading; one that is not is refused without reading it
   */
  Outcome exchange(URI uri, Outcome.Validators validators, Predicate<String> wanted) throws InterruptedException {
    Duration wait = config.backoff();
    for (int attempt = 0; ; attempt++) {
      Outcome o = once(uri, validators, wanted);
      if (!(o instanceof Outcome.Refused r) || !r.retryLater() || attempt >= config.retries()) {
        return o;
      }
      clock.sleepUntil(clock.now().plus(wait));
      wait = wait.multipliedBy(2);
    }
  }

  private Outcome once(URI uri, Outcome.Validators validators, Predicate<String> wanted) throws InterruptedException {
    HttpRequest.Builder req = HttpRequest.newBuilder(uri)
        .GET()
        .timeout(config.requestTimeout())
        .header("User-Agent", config.userAgent())
        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    validators.etag().ifPresent(e -> req.header("If-None-Match", e));
    validators.lastModified().ifPresent(m -> req.header("If-Modified-Since", m));
    String origin = Urls.origin(uri);
    gate.acquire(origin);
    CompletableFuture<HttpResponse<BoundedBody.Result>> call = null;
    try {
      call = client.sendAsync(req.build(), info -> subscriber(info, wanted));
      HttpResponse<BoundedBody.Result> resp = call.get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
      return outcome(uri, resp);
    } catch (TimeoutException e) {
      call.cancel(true);
      return new Outcome.Refused(uri, Outcome.Why.FAILED, "timed out after " + config.requestTimeout().toMillis() + " ms", true);
    } catch (ExecutionException e) {
      return failure(uri, e.getCause());
    } catch (IllegalArgumentException e) {
      return new Outcome.Refused(uri, Outcome.Why.FAILED, "bad URL: " + e.getMessage(), false);
    } finally {
      gate.release(origin);
    }
  }

  private HttpResponse.BodySubscriber<BoundedBody.Result> subscriber(HttpResponse.ResponseInfo info, Predicate<String> wanted) {
    if (info.statusCode() / 100 != 2) {
      return BoundedBody.refuse("HTTP " + info.statusCode());
    }
    long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
    if (declared > config.maxBodyBytes()) {
      return BoundedBody.refuse("body of " + declared + " bytes is over the limit of " + config.maxBodyBytes());
    }
    String type = info.headers().firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
    if (!wanted.test(type)) {
      return BoundedBody.refuse("not a page: " + type);
    }
    return BoundedBody.upTo(config.maxBodyBytes());
  }

  private Outcome outcome(URI uri, HttpResponse<BoundedBody.Result> resp) {
    int status = resp.statusCode();
    if (status == 304) {
      return new Outcome.NotModified(uri);
    }
    if (status / 100 == 3) {
      Optional<String> location = resp.headers().firstValue("location");
      if (location.isPresent()) {
        Optional<URI> next = Urls.resolve(uri, location.get());
        return next.<Outcome>map(n -> new Outcome.Redirect(uri, n))
            .orElse(new Outcome.Refused(uri, Outcome.Why.FAILED, "redirect to an unusable URL: " + location.get(), false));
      }
    }
    if (status == 429 || status / 100 == 5) {
      return new Outcome.Refused(uri, Outcome.Why.FAILED, "HTTP " + status, true);
    }
    if (status / 100 != 2) {
      return new Outcome.Refused(uri, Outcome.Why.FAILED, "HTTP " + status, false);
    }
    BoundedBody.Result body = resp.body();
    if (body.bytes() == null) {
      return new Outcome.Refused(uri, Outcome.Why.FAILED, body.refusal(), false);
    }
    return new Outcome.Body(uri, status, resp.headers().map(), body.bytes());
  }

  /** A failed exchange as a refusal with a reason a person can act on. */
  static Outcome failure(URI uri, Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return new Outcome.Refused(uri, Outcome.Why.FAILED, "unknown host " + uri.getHost(), false);
      }
      if (t instanceof SSLException) {
        return new Outcome.Refused(uri, Outcome.Why.FAILED, "TLS error: " + t.getMessage(), false);
      }
    }
    if (cause instanceof HttpTimeoutException) {
      return new Outcome.Refused(uri, Outcome.Why.FAILED, "timed out", true);
    }
    if (cause instanceof ConnectException) {
      return new Outcome.Refused(uri, Outcome.Why.FAILED, "connection refused", true);
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new Outcome.Refused(uri, Outcome.Why.FAILED, cause instanceof IOException ? "I/O error: " + message : message, true);
  }
}
