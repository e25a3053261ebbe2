package dev.readout.read;

import dev.readout.model.Input;
import java.io.Closeable;

/**
 * A stream of documents and rejections read from one or more inputs. Iterate once; close when
 * done. A bad input yields a {@link dev.readout.model.Rejected} and reading goes on with the next.
 */
public interface DocumentReader extends Iterable<Input>, Closeable {

  /**
   * How many inputs (files, standard input, streams, unreadable paths) iteration has reached so
   * far, the current one included: with {@link Sources#count}, how far through its inputs a run
   * is, e.g. for a progress bar. Folders are not inputs; their files are.
   */
  long inputsReached();
}
