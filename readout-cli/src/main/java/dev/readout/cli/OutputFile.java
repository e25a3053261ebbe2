package dev.readout.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where {@code -o PATH} writes. A regular file (or a new one) appears only when complete: the
 * output goes to {@code PATH.partial} beside it and is renamed over it at the end, so a failed run
 * leaves the old file as it was. Anything else at PATH is written into, never replaced: a device
 * ({@code /dev/null}, {@code /dev/stdout}) or a named pipe gets the bytes as they come. A symbolic
 * link stays a link: the file it points to is what gets written.
 */
final class OutputFile {

  private final Path target;
  private final boolean direct;

  private OutputFile(Path target, boolean direct) {
    this.target = target;
    this.direct = direct;
  }

  /**
   * Looks at what is at {@code path} now.
   *
   * @throws IOException when it is a folder, or a link that cannot be followed
   */
  static OutputFile at(Path path) throws IOException {
    if (Files.exists(path)) {
      Path real = path.toRealPath();
      if (Files.isDirectory(real)) {
        throw new IOException(path + ": is a directory");
      }
      return new OutputFile(real, !Files.isRegularFile(real));
    }
    // A link to nothing yet: writing through it creates the file it names and keeps the link.
    return new OutputFile(path.toAbsolutePath(), Files.isSymbolicLink(path));
  }

  /** Opens the output; {@link #commit()} after closing it makes a regular file appear. */
  Writer open() throws IOException {
    return Files.newBufferedWriter(direct ? target : partial(), StandardCharsets.UTF_8);
  }

  /** Puts the complete output in place; nothing to do for a special file. */
  void commit() throws IOException {
    if (!direct) {
      Files.move(partial(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** Removes what a failed run left; nothing to do for a special file. */
  void abandon() throws IOException {
    if (!direct) {
      Files.deleteIfExists(partial());
    }
  }

  private Path partial() {
    return target.resolveSibling(target.getFileName() + ".partial");
  }
}
