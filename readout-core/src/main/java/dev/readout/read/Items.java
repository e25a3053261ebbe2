package dev.readout.read;

import dev.readout.model.Input;
import java.io.Closeable;
import java.util.Optional;

/**
 * What one opened input yields, pulled one item at a time. Implementations turn every failure into
 * a {@link dev.readout.model.Rejected} item and then end; {@link #next()} never throws.
 */
interface Items extends Closeable {

  /** The next document or rejection, or empty at the end. */
  Optional<Input> next();

  /** Releases the input; never throws. */
  @Override
  void close();

  /** A single item, e.g. one rejection, with nothing to release. */
  static Items of(Input only) {
    return new Items() {
      private boolean done;

      @Override
      public Optional<Input> next() {
        if (done) {
          return Optional.empty();
        }
        done = true;
        return Optional.of(only);
      }

      @Override
      public void close() {}
    };
  }

  /** Nothing at all. */
  static Items none() {
    return new Items() {
      @Override
      public Optional<Input> next() {
        return Optional.empty();
      }

      @Override
      public void close() {}
    };
  }
}
