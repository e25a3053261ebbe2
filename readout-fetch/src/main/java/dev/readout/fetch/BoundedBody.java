package dev.readout.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit and abandons the exchange (cancels the subscription, which
 * closes the connection) as soon as the body passes it, so a huge or endless body costs at most the
 * limit. A body not wanted at all (limit below zero) is abandoned before its first byte.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<BoundedBody.Result> {

  /** The bytes, or the reason there are none. */
  record Result(byte[] bytes, String refusal) {}

  private final long limit;
  private final String refusal;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<Result> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  private BoundedBody(long limit, String refusal) {
    this.limit = limit;
    this.refusal = refusal;
  }

  /** Keeps up to {@code limit} bytes. */
  static BoundedBody upTo(long limit) {
    return new BoundedBody(limit, null);
  }

  /** Reads nothing and gives {@code refusal}. */
  static BoundedBody refuse(String refusal) {
    return new BoundedBody(-1, refusal);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (limit < 0) {
      s.cancel();
      result.complete(new Result(null, refusal));
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : items) {
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      out.write(chunk, 0, chunk.length);
    }
    if (out.size() > limit) {
      subscription.cancel();
      result.complete(new Result(null, "body larger than " + limit + " bytes"));
      return;
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(new Result(out.toByteArray(), null));
  }

  @Override
  public CompletionStage<Result> getBody() {
    return result;
  }
}
