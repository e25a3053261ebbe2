package dev.readout.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated data tables that ship as class-path resources (agencies, outlets, rules,
 * word lists). Lines starting with {@code #} and blank lines are skipped.
 */
public final class Tsv {

  private Tsv() {}

  /**
   * The rows of a resource next to {@code owner}, each split on tabs into exactly {@code columns}
   * fields (the last field keeps any further tabs).
   *
   * @throws IllegalStateException if the resource is missing or a row is short: a packaging bug
   */
  public static List<String[]> read(Class<?> owner, String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", columns);
        if (f.length != columns) {
          throw new IllegalStateException(resource + ":" + n + ": want " + columns + " tab-separated fields");
        }
        rows.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
