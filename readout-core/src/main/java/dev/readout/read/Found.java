package dev.readout.read;

import dev.readout.model.Rejected;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.OptionalLong;

/** One input a walk found: something to open, or a path that cannot be read at all. */
sealed interface Found permits Found.Openable, Found.Unreadable {

  /** Opens an input stream; called once, at iteration time. */
  @FunctionalInterface
  interface StreamOpener {
    InputStream open() throws IOException;
  }

  /**
   * An input to open.
   *
   * @param source the provenance every item from it carries (a path, or {@code stdin})
   * @param opener opens the bytes
   * @param size the size in bytes when the file system states it (regular files)
   * @param inFolder whether a folder walk found it, rather than being named (an argument, stdin, a
   *     stream): a file in a folder that is not a page at all is skipped, a named one is an error
   */
  record Openable(String source, StreamOpener opener, OptionalLong size, boolean inFolder) implements Found {
    public Openable {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(opener, "opener");
      Objects.requireNonNull(size, "size");
    }
  }

  /** A path that could not be walked or opened. */
  record Unreadable(Rejected rejected) implements Found {
    public Unreadable {
      Objects.requireNonNull(rejected, "rejected");
    }
  }
}
