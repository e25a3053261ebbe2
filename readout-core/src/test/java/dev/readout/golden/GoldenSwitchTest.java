package dev.readout.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every golden suite of every module regenerates under the one property {@link Golden#PROPERTY}. */
class GoldenSwitchTest {

  /** A system property read by name in test code whose name mentions golden files or updates. */
  private static final Pattern SWITCH =
      Pattern.compile("(?:getBoolean|getProperty)\\(\\s*\"([^\"]*(?:golden|update)[^\"]*)\"");

  @Test
  void noTestReadsAnotherGoldenSwitch() throws IOException {
    List<String> others =
        testSources().stream().flatMap(f -> switches(f).stream().map(name -> f.getFileName() + ": " + name)).toList();
    assertThat(others).as("golden switches other than Golden.PROPERTY").isEmpty();
  }

  @Test
  void everySuiteThatWritesExpectedFilesGoesThroughGolden() throws IOException {
    List<String> writers =
        testSources().stream()
            .filter(f -> read(f).contains("expected.json") && !read(f).contains("Golden.expected("))
            .map(f -> f.getFileName().toString())
            .toList();
    assertThat(writers).as("suites with expected.json files that bypass Golden").isEmpty();
  }

  /** The test sources of every module, from readout-core's folder (the build's working directory). */
  private static List<Path> testSources() throws IOException {
    String test = "src" + File.separator + "test" + File.separator;
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      return files.filter(f -> f.toString().endsWith(".java") && f.toString().contains(test)).toList();
    }
  }

  private static List<String> switches(Path f) {
    Matcher m = SWITCH.matcher(read(f));
    return m.results().map(r -> r.group(1)).toList();
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
