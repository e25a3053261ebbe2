package dev.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir Path dir;

  @Test
  void walksFoldersInNameOrderNamingSourcesAsTheCli() throws IOException {
    Files.createDirectories(dir.resolve("b/inner"));
    Files.writeString(dir.resolve("b/inner/z.txt"), "z");
    Files.writeString(dir.resolve("b/a.txt"), "a");
    Files.writeString(dir.resolve("c.txt"), "c");
    Files.writeString(dir.resolve(".hidden"), "h");
    InputFiles.Listing l = InputFiles.list(List.of(dir + "/", dir.resolve("missing").toString()), new Configuration());
    assertThat(l.files()).extracting(InputFile::source)
        .containsExactly(dir + "/b/a.txt", dir + "/b/inner/z.txt", dir + "/c.txt");
    assertThat(l.files()).extracting(InputFile::index).containsExactly(0, 1, 2);
    assertThat(l.files()).extracting(InputFile::inFolder).containsExactly(true, true, true);
    assertThat(InputFiles.list(List.of(dir.resolve("c.txt").toString()), new Configuration()).files())
        .extracting(InputFile::inFolder).containsExactly(false);
    assertThat(l.files().get(2).path()).startsWith("file:");
    assertThat(l.unreadable()).singleElement().satisfies(r -> {
      assertThat(r.source()).endsWith("missing");
      assertThat(r.stage()).isEqualTo("read");
    });
  }
}
