package dev.readout.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

/** Reads back what a fetch wrote, for assertions. */
public final class Warcs {

  private Warcs() {}

  /** The closed WARC files in {@code dir}, in name order. */
  public static List<Path> closed(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".warc.gz")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The WARC-Target-URI of every response record in the closed files, in order, repeats kept. */
  public static List<String> responses(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    for (Path f : closed(dir)) {
      try (WarcReader r = new WarcReader(f)) {
        for (WarcRecord rec : r) {
          if (rec instanceof WarcResponse res) {
            out.add(res.target());
          }
        }
      }
    }
    return out;
  }

  /** The number of request records in the closed files. */
  public static int requests(Path dir) throws IOException {
    int n = 0;
    for (Path f : closed(dir)) {
      try (WarcReader r = new WarcReader(f)) {
        for (WarcRecord rec : r) {
          if (rec instanceof WarcRequest) {
            n++;
          }
        }
      }
    }
    return n;
  }
}
