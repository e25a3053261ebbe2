package dev.readout.read;

import dev.readout.model.Input;
import java.io.Closeable;

/**
 * A stream of documents and rejections read from one or more inputs. Iterate once; close when
 * done. A bad input yields a {@link dev.readout.model.Rejected} and reading goes on with the next.
 */
public interface DocumentReader extends Iterable<Input>, Closeable {}
