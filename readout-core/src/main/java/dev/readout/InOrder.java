package dev.readout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps a stream of items on several threads and hands the results back in input order, a batch at
 * a time: how every driver runs the per-document pipeline on all cores while what must stay
 * sequential (story grouping, indexing, writing) runs on the calling thread in input order.
 *
 * <p>Double-buffered: the pool maps batch N+1 while the calling thread hands batch N to the sink
 * and reads batch N+2, so reading, mapping and consuming overlap. At most three batches are held
 * at once, whatever the length of the stream. With one thread everything runs on the calling
 * thread, batch by batch, with no pool. Either way the sink sees the same batches in the same
 * order, so the results do not depend on the number of threads as long as {@code f} is a pure
 * function.
 */
public final class InOrder {

  /** Takes one batch of results, in input order; called on the calling thread. */
  @FunctionalInterface
  public interface Sink<T> {
    void accept(List<T> batch) throws IOException;
  }

  private InOrder() {}

  /**
   * Applies {@code f} to every item and passes the results to {@code sink} in input order.
   *
   * @param items iterated once, on the calling thread
   * @param f a thread-safe function that never returns null; a {@link RuntimeException} it throws ends the run and is
   *     rethrown here (turn per-item failures into values, as {@link Outcome#of} does)
   * @param threads threads that run {@code f}, at least 1
   * @param batchSize items per batch, at least 1
   * @param sink receives the results, batch by batch (never an empty one)
   * @throws IOException what the sink throws, or when interrupted
   */
  public static <I, O> void map(Iterable<I> items, Function<? super I, ? extends O> f, int threads, int batchSize, Sink<O> sink)
      throws IOException {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(f, "f");
    Objects.requireNonNull(sink, "sink");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    if (threads == 1) {
      sequential(items, f, batchSize, sink);
    } else {
      parallel(items, f, threads, batchSize, sink);
    }
  }

  private static <I, O> void sequential(Iterable<I> items, Function<? super I, ? extends O> f, int batchSize, Sink<O> sink)
      throws IOException {
    List<O> batch = new ArrayList<>(batchSize);
    for (I item : items) {
      batch.add(f.apply(item));
      if (batch.size() == batchSize) {
        sink.accept(List.copyOf(batch));
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      sink.accept(List.copyOf(batch));
    }
  }

  private static <I, O> void parallel(
      Iterable<I> items, Function<? super I, ? extends O> f, int threads, int batchSize, Sink<O> sink) throws IOException {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      Future<List<O>> inFlight = null;
      List<I> batch = new ArrayList<>(batchSize);
      for (I item : items) {
        batch.add(item);
        if (batch.size() == batchSize) {
          Future<List<O>> next = submit(pool, List.copyOf(batch), f);
          batch.clear();
          if (inFlight != null) {
            sink.accept(await(inFlight));
          }
          inFlight = next;
        }
      }
      Future<List<O>> last = batch.isEmpty() ? null : submit(pool, List.copyOf(batch), f);
      if (inFlight != null) {
        sink.accept(await(inFlight));
      }
      if (last != null) {
        sink.accept(await(last));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <I, O> Future<List<O>> submit(ForkJoinPool pool, List<I> batch, Function<? super I, ? extends O> f) {
    // A parallel stream started inside the pool runs on the pool's threads; toList keeps the order.
    return pool.submit(() -> batch.parallelStream().<O>map(f::apply).toList());
  }

  private static <T> List<T> await(Future<List<T>> results) throws IOException {
    try {
      return results.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IOException("mapping failed", e.getCause());
    }
  }
}
