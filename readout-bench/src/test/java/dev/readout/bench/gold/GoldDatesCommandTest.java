package dev.readout.bench.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GoldDatesCommandTest {

  @TempDir Path dir;

  @Test
  void scoresDateAndSourceOfOneSplitAndListsTheMisses() throws IOException {
    String text = "The ministers met on Monday. Talks resumed. They spoke last week.";
    StoryEntry e = new StoryEntry("reuters-1", "reuters", "x", StoryEntry.split("reuters-1"), "T",
        Optional.of("1987-03-04T10:00:00"), Optional.of("GENEVA, March 4 -"), true, "x", text.length());
    Files.writeString(dir.resolve("stories.jsonl"), e.toJson() + "\n", StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("texts"));
    Files.writeString(dir.resolve("texts/reuters-1.txt"), text, StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("resolved/A1"));
    Files.writeString(dir.resolve("resolved/A1/reuters-1.json"), """
        {"story": "reuters-1",
         "engagements": [
           {"status": "happened", "date": "1987-03-02", "date_source": "dateline_relative",
            "evidence": {"quote": "ministers met", "start": 4, "end": 17}, "sentence": {"start": 0, "end": 28}},
           {"status": "happened", "date": "1987-03-04", "date_source": "dateline",
            "evidence": {"quote": "Talks", "start": 29, "end": 34}, "sentence": {"start": 29, "end": 43}}],
         "events": [
           {"status": "happened", "date": "1987-03-04", "date_source": "dateline_relative",
            "evidence": {"quote": "They spoke", "start": 44, "end": 54}, "sentence": {"start": 44, "end": 65}}]}
        """, StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    CommandLine cmd = new CommandLine(new GoldDatesCommand());
    cmd.setOut(new PrintWriter(out));
    int code = cmd.execute("--stories", dir.resolve("stories.jsonl").toString(), "--resolved", dir.resolve("resolved").toString(),
        "--texts", dir.resolve("texts").toString(), "--split", e.split(), "--show-misses");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("3 items, date right 66.7%, source right 100.0%")
        .contains("They spoke\t1987-03-04 dateline_relative\t1987-02-23/1987-03-01 dateline_relative");
  }

  @Test
  void anUnknownSplitIsRefused() {
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new GoldDatesCommand());
    cmd.setErr(new PrintWriter(err));
    assertThat(cmd.execute("--split", "all")).isNotZero();
    assertThat(err.toString()).contains("--split must be tune or test");
  }
}
