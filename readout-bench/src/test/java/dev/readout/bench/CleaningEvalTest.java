package dev.readout.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The cleaning sets are scored like AEB, beside the stored peer, and summed up in one table. */
class CleaningEvalTest {

  // Invented page; the folder copies the layout of shared/corpus/cleaning/<set>.
  private static final String BODY = "The council met on Tuesday and voted to open the river park to the public next spring.";

  @TempDir Path corpus;

  @Test
  void aSetIsScoredBesideTrafilatura() throws Exception {
    Path set = corpus.resolve("cleaning/readability");
    Files.createDirectories(set.resolve("html"));
    Files.createDirectories(set.resolve("peers"));
    Files.writeString(set.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"" + BODY + "\"}}");
    Files.writeString(set.resolve("peers/trafilatura.json"), "{\"p1\": {\"articleBody\": \"Menu. " + BODY + "\"}}");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(set.resolve("html/p1.html.gz")))) {
      out.write(("<html><body><nav><a href=/>Home</a></nav><article><p>" + BODY + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
    }
    StringWriter text = new StringWriter();
    CommandLine cmd = new CommandLine(new Eval());
    cmd.setOut(new PrintWriter(text));
    int rc = cmd.execute("cleaning", "readability", "--corpus", corpus.toString());
    assertThat(text.toString()).contains("== readability", "peer trafilatura:", "readability:           F1 1.000 P 1.000 R 1.000");
    assertThat(rc).isZero();
  }

  @Test
  void theSummaryIsOneMarkdownTableWithThePeersBesideReadout() {
    StringWriter text = new StringWriter();
    Scoreboard.print(new PrintWriter(text, true), List.of(
        new Row("aeb", 181, "body F1", 0.968, Map.of("trafilatura", 0.958, "newspaper", 0.949, "goose3", 0.896)),
        Row.alone("htmldate", 200, "publication day", 0.92)));
    assertThat(text.toString().lines()).containsExactly(
        "| set | pages | measure | Readout | trafilatura (stored) | best other stored peer |",
        "|---|---|---|---|---|---|",
        "| aeb | 181 | body F1 | **0.968** | 0.958 | 0.949 newspaper |",
        "| htmldate | 200 | publication day | **0.920** | — | — |");
  }
}
