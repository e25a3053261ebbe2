package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readout search} with a query of exclusions only or {@code *} keeps the requested type (issue 18, item 4). */
class SearchTypeCommandTest {

  @TempDir static Path tmp;
  static String data;

  @BeforeAll
  static void ingest() {
    data = tmp.resolve("d").toString();
    IndexCommandsTest.Run r = IndexCommandsTest.run(new IngestCommand(), IndexCommandsTest.SAMPLES, "--data", data);
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void starAndExclusionsListArticlesWithIds() {
    IndexCommandsTest.Run all = IndexCommandsTest.run(new SearchCommand(), "", "--data", data);
    for (String q : new String[] {"*", "-Putin"}) { // two of the five samples do not name Putin
      IndexCommandsTest.Run r = IndexCommandsTest.run(new SearchCommand(), "--data", data, "--limit", "100", "--", q);
      assertThat(r.code()).as(r.err()).isZero();
      String[] lines = r.out().split("\n");
      assertThat(Long.parseLong(lines[0].split(" ")[0])).as(q).isPositive()
          .isLessThanOrEqualTo(Long.parseLong(all.out().split(" ")[0]));
      for (int i = 1; i < lines.length; i++) {
        assertThat(lines[i]).as(q).doesNotEndWith("[]").matches(".*\\[[0-9a-f]{16}\\]$");
      }
    }
  }

  @Test
  void starOverStatementsListsSpeakers() {
    IndexCommandsTest.Run all = IndexCommandsTest.run(new SearchCommand(), "", "--type", "statement", "--data", data);
    IndexCommandsTest.Run star = IndexCommandsTest.run(new SearchCommand(), "*", "--type", "statement", "--data", data);
    assertThat(star.out().split("\n")[0]).isEqualTo(all.out().split("\n")[0]);
  }

  @Test
  void anExclusionWithoutTheSeparatorSaysHowToWriteIt() {
    IndexCommandsTest.Run r = IndexCommandsTest.run(new SearchCommand(), "--data", data, "-Russia");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).doesNotContain("\n")
        .contains("unknown option -Russia").contains("readout search -- -Russia");
  }
}
