package dev.readout.read;

import dev.readout.model.Input;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The {@link DocumentReader} behind {@link Sources}: opens one input at a time as iteration reaches
 * it and closes it before the next, so only the current document is in memory.
 */
final class SourceReader implements DocumentReader {

  private final Iterator<Found> inputs;
  private final ReadOptions options;
  private Items current = Items.none();
  private boolean iterated;
  private boolean closed;
  private long reached;

  SourceReader(Iterator<Found> inputs, ReadOptions options) {
    this.inputs = inputs;
    this.options = options;
  }

  /**
   * The items, in input order. May be called once: the inputs are streamed, not kept.
   *
   * @throws IllegalStateException on a second call
   */
  @Override
  public Iterator<Input> iterator() {
    if (iterated) {
      throw new IllegalStateException("a DocumentReader can be iterated only once");
    }
    iterated = true;
    return new Iterator<>() {
      private Input ahead;

      @Override
      public boolean hasNext() {
        if (ahead == null) {
          ahead = pull().orElse(null);
        }
        return ahead != null;
      }

      @Override
      public Input next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Input i = ahead;
        ahead = null;
        return i;
      }
    };
  }

  private Optional<Input> pull() {
    // Each pass either returns an item or finishes one input, so the loop ends with the inputs.
    while (!closed) {
      Optional<Input> item = current.next();
      if (item.isPresent()) {
        return item;
      }
      current.close();
      if (!inputs.hasNext()) {
        current = Items.none();
        return Optional.empty();
      }
      Found found = inputs.next();
      reached++;
      current =
          found instanceof Found.Unreadable u
              ? Items.of(u.rejected())
              : Opener.open((Found.Openable) found, options);
    }
    return Optional.empty();
  }

  @Override
  public long inputsReached() {
    return reached;
  }

  @Override
  public void close() {
    closed = true;
    current.close();
    current = Items.none();
  }
}
