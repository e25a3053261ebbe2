package dev.readout.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Input;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Sources#count} knows ahead how many inputs a reader will reach, for a progress bar's total. */
class InputCountTest {

  @TempDir Path dir;

  @Test
  void countIsWhatTheReaderReachesFilesAndUnreadablePathsAlike() throws IOException {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/1.txt"), "One page of text.");
    Files.writeString(dir.resolve("a/b/2.txt"), "Another page of text.");
    Files.writeString(dir.resolve("a/.hidden"), "not walked");
    Files.writeString(dir.resolve("3.jsonl"), "{\"text\":\"a\"}\n{\"text\":\"b\"}\n");
    List<String> paths = List.of(dir.resolve("a").toString(), dir.resolve("3.jsonl").toString(), dir.resolve("missing").toString());

    assertThat(Sources.count(paths)).isEqualTo(OptionalLong.of(4));
    List<Long> reached = new ArrayList<>();
    try (DocumentReader reader = Sources.open(paths)) {
      for (Input in : reader) {
        reached.add(reader.inputsReached());
      }
      assertThat(reader.inputsReached()).isEqualTo(4);
    }
    // 1.txt, 2.txt, the two records of 3.jsonl, the missing path.
    assertThat(reached).containsExactly(1L, 2L, 3L, 3L, 4L);
  }

  @Test
  void stdinCannotBeCountedAhead() throws IOException {
    Files.writeString(dir.resolve("1.txt"), "One page of text.");
    assertThat(Sources.count(List.of(dir.toString(), "-"))).isEmpty();
  }
}
