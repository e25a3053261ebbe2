package dev.readout.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one switch that regenerates every golden suite: run the tests with {@code
 * -Dreadout.golden.update=true}, review the diff, commit. Without it the suites only compare.
 */
public final class Golden {

  /** The system property that makes every golden suite rewrite its expected files. */
  public static final String PROPERTY = "readout.golden.update";

  private Golden() {}

  /** Whether this run rewrites expected files. */
  public static boolean updating() {
    return Boolean.getBoolean(PROPERTY);
  }

  /**
   * The reviewed text of {@code expected}, after writing {@code actual} into it when this run
   * {@linkplain #updating() updates}. Pass the file under {@code src/test/resources}, so that an
   * update lands in the sources rather than in {@code target/}.
   */
  public static String expected(Path expected, String actual) throws IOException {
    if (updating()) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    return Files.readString(expected, StandardCharsets.UTF_8);
  }
}
