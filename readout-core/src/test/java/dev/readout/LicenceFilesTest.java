package dev.readout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The project states its licence, and NOTICE accounts for every data file the jars bundle. */
class LicenceFilesTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void theLicenceIsApache2() throws IOException {
    String licence = Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);
    assertThat(licence).contains("Apache License").contains("Version 2.0, January 2004");
    assertThat(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8)).contains("Apache License 2.0");
  }

  @Test
  void noticeNamesEveryBundledDataFile() throws IOException {
    String notice = Files.readString(ROOT.resolve("NOTICE"), StandardCharsets.UTF_8);
    List<String> missing;
    try (Stream<Path> files = Files.walk(ROOT)) {
      missing =
          files
              .filter(f -> f.toString().contains("src/main/resources/") && !f.toString().contains("/target/"))
              .filter(f -> f.toString().endsWith(".tsv") || f.toString().endsWith(".txt"))
              .map(f -> f.getParent().getFileName() + "/" + f.getFileName())
              .filter(name -> !notice.contains(name))
              .toList();
    }
    assertThat(missing).as("data files NOTICE does not account for").isEmpty();
  }
}
