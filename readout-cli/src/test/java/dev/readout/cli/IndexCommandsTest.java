package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.List;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The index subcommands run in-process, on the bundled samples. */
class IndexCommandsTest {

  static final String SAMPLES = Path.of("..", "samples").toString();

  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.configure(new CommandLine(command));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void ingestTwiceAddsNothingTheSecondTime() {
    String data = tmp.resolve("d").toString();
    Run first = run(new IngestCommand(), SAMPLES + "/000_038bbfdc46c4fe31.txt", SAMPLES + "/001_9cd93b31e4a1153a.txt", "--data", data);
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("pages read: 2").contains("articles: 2 added, 0 already indexed").contains("rejected: 0");
    Run second = run(new IngestCommand(), SAMPLES + "/000_038bbfdc46c4fe31.txt", "--data", data);
    assertThat(second.out()).contains("articles: 0 added, 1 already indexed");
  }

  @Test
  void ingestCountsALabelsFileInAFolderAsSkippedNotRejected() throws java.io.IOException {
    Path dir = java.nio.file.Files.createDirectories(tmp.resolve("seeds"));
    java.nio.file.Files.copy(Path.of(SAMPLES, "000_038bbfdc46c4fe31.txt"), dir.resolve("000.txt"));
    java.nio.file.Files.writeString(dir.resolve("gold.json"), "{\n  \"about\": \"labels\"\n}\n");
    Run r = run(new IngestCommand(), dir.toString(), "--data", tmp.resolve("d").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("pages read: 1").contains("articles: 1 added").contains("rejected: 0").contains("skipped: 1 ");
    assertThat(r.err()).contains("readout: skipped " + dir.resolve("gold.json") + ": not a page");
  }

  @Test
  void ingestReportsRejectionsWithReasons() {
    Run r = run(new IngestCommand(), tmp.resolve("missing").toString(), "--data", tmp.resolve("d").toString());
    assertThat(r.out()).contains("rejected: 1").contains("read: ");
    assertThat(r.err()).contains("missing");
    assertThat(r.code()).isEqualTo(1);
  }

  @Test
  void searchFindsSeedArticlesAsTextAndJson() {
    String data = tmp.resolve("d").toString();
    run(new IngestCommand(), SAMPLES, "--data", data);
    Run text = run(new SearchCommand(), "Lavrov", "--data", data);
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).containsPattern("^[1-9]\\d* hits?\n").containsPattern("\\[[0-9a-f]{16}\\]");
    Run json = run(new SearchCommand(), "Lavrov", "--data", data, "--json", "--limit", "1");
    assertThat(json.out()).startsWith("{\"total\":").contains("\"hits\":[{\"id\":");
    Run bad = run(new SearchCommand(), "x", "--data", data, "--limit", "1000");
    assertThat(bad.code()).isNotZero();
    assertThat(bad.err()).contains("limit");
  }

  @Test
  void timelinePrintsACountEvenWhenEmpty() {
    String data = tmp.resolve("d").toString();
    run(new IngestCommand(), SAMPLES, "--data", data);
    Run t = run(new TimelineCommand(), "--data", data, "--actor", "Wang Yi");
    assertThat(t.code()).as(t.err()).isZero();
    assertThat(t.out()).containsPattern("^\\d+ engagements?");
  }

  @Test
  void rangeErrorsAreOneLineAndExitTwo() {
    String data = tmp.resolve("none").toString();
    List<Run> runs = List.of(
        run(new SearchCommand(), "x", "--data", data, "--limit", "0"),
        run(new SearchCommand(), "x", "--data", data, "--offset", "20000"),
        run(new SearchCommand(), "x", "--data", data, "--from", "2021-02-01", "--to", "2021-01-01"),
        run(new TimelineCommand(), "--data", data, "--limit", "500"),
        run(new TimelineCommand(), "--data", data, "--from", "2021-02-01", "--to", "2021-01-01"),
        run(new IngestCommand(), SAMPLES, "--data", data, "--batch", "0"),
        run(new IngestCommand(), SAMPLES, "--data", data, "--threads", "0"));
    for (Run r : runs) {
      assertThat(r.code()).as(r.err()).isEqualTo(2);
      assertThat(r.err().lines()).as(r.err()).singleElement().asString().startsWith("readout ").doesNotContain("Exception");
    }
    assertThat(runs.get(0).err()).contains("--limit").contains("got 0").contains("--help");
    assertThat(runs.get(2).err()).contains("--from").contains("is after");
    assertThat(Path.of(data)).doesNotExist();
  }

  @Test
  void aBusyPortIsOneLineAndDemoChecksItBeforeIngesting() throws IOException {
    try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      String port = String.valueOf(busy.getLocalPort());
      Path data = tmp.resolve("d");
      Run demo = run(new DemoCommand(), "--data", data.toString(), "--samples", SAMPLES, "--port", port, "--check");
      assertThat(demo.code()).isEqualTo(1);
      assertThat(demo.err().lines()).as(demo.err()).singleElement().asString().contains("cannot listen on 127.0.0.1:" + port);
      assertThat(demo.out()).doesNotContain("Ingesting");
      assertThat(data).doesNotExist();
      Run serve = run(new ServeCommand(), "--data", data.toString(), "--port", port, "--check");
      assertThat(serve.code()).isEqualTo(1);
      assertThat(serve.err().lines()).as(serve.err()).singleElement().asString().contains("cannot listen on 127.0.0.1:" + port);
    }
  }

  @Test
  void ingestSkipsAPageWithNoArticleTextAsExtractDoesAndFailsOnARejectedOne() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Path.of(SAMPLES, "004_b9fb024020862bbd.txt"), dir.resolve("a.txt"));
    Files.writeString(dir.resolve("b-nav.txt"), "Home | News | Sport\n");
    Run ok = run(new IngestCommand(), dir.toString(), "--data", tmp.resolve("d").toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.err().lines()).containsExactly("readout: skipped " + dir.resolve("b-nav.txt") + ": no article text");
    assertThat(ok.out()).contains("articles: 1 added").contains("rejected: 0").contains("skipped: 1 ");
    Files.write(dir.resolve("c-empty.txt"), new byte[0]);
    Files.copy(Path.of(SAMPLES, "002_5fe7fededd3e81d6.txt"), dir.resolve("d.txt"));
    Run failed = run(new IngestCommand(), dir.toString(), "--data", tmp.resolve("d").toString());
    assertThat(failed.out()).contains("articles: 1 added, 1 already indexed").contains("rejected: 1");
    assertThat(failed.code()).as("an input was rejected though others were added").isEqualTo(1);
  }

  @Test
  void serveAndDemoPrintTheAddress() {
    Run demo = run(new DemoCommand(), "--data", tmp.resolve("d").toString(), "--samples", SAMPLES, "--port", "0", "--check");
    assertThat(demo.code()).as(demo.err()).isZero();
    assertThat(demo.out()).contains("articles: 5 added").containsPattern("serving .* on http://127\\.0\\.0\\.1:\\d+/");
    Run serve = run(new ServeCommand(), "--data", tmp.resolve("d").toString(), "--port", "0", "--check");
    assertThat(serve.out()).containsPattern("on http://127\\.0\\.0\\.1:\\d+/");
    Run none = run(new ServeCommand(), "--data", tmp.resolve("none").toString(), "--port", "0", "--check");
    assertThat(none.code()).isNotZero();
    assertThat(none.err()).contains("no index");
  }
}
