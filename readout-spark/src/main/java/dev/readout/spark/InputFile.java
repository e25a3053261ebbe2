package dev.readout.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input file, found on the driver.
 *
 * @param index its place in input order, the order {@code readout extract} reads files in
 * @param source the name its documents carry: the argument as given, then the path inside it
 * @param path the Hadoop path to open, fully qualified
 * @param length its size in bytes
 * @param inFolder whether it was found inside a folder argument (not named itself): such a file
 *     that is not a page at all is skipped, not rejected, as {@code readout extract} does
 */
record InputFile(int index, String source, String path, long length, boolean inFolder) implements Serializable {

  InputFile {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0: " + index);
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
  }
}
