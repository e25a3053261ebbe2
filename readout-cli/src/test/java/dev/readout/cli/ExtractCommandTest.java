package dev.readout.cli;

import static dev.readout.cli.IndexCommandsTest.SAMPLES;
import static dev.readout.cli.IndexCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.cli.IndexCommandsTest.Run;
import dev.readout.json.ArticleJson;
import dev.readout.model.AnnotatedArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readout extract} in-process: output, stories, and a batch of bad inputs. */
class ExtractCommandTest {

  @TempDir Path tmp;

  @Test
  void extractsTheSamplesWithStories() throws IOException {
    Path out = tmp.resolve("seeds.jsonl");
    Run r = run(new ExtractCommand(), SAMPLES, "-o", out.toString());
    List<AnnotatedArticle> records = Files.readAllLines(out).stream().map(ArticleJson::read).toList();
    assertThat(records).hasSize(5);
    AnnotatedArticle a = find(records, "000_");
    AnnotatedArticle b = find(records, "001_");
    assertThat(a.story()).isPresent().isEqualTo(b.story());
    for (String other : List.of("002_", "003_", "004_")) {
      assertThat(find(records, other).story()).isPresent().isNotEqualTo(a.story());
    }
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void badInputsGetOneLineEachAndTheRestGoesOn() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("batch"));
    Files.copy(Path.of(SAMPLES, "004_b9fb024020862bbd.txt"), dir.resolve("a-good.txt"));
    Files.write(dir.resolve("b-binary.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    Files.write(dir.resolve("c-empty.txt"), new byte[0]);
    byte[] gz = gzip(Files.readAllBytes(Path.of(SAMPLES, "002_5fe7fededd3e81d6.txt")));
    Files.write(dir.resolve("d-truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
    Files.writeString(dir.resolve("e-truncated.warc"),
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n");
    Files.write(dir.resolve("f-latin1.txt"), "Caf\u00e9 au lait, cr\u00e8me br\u00fbl\u00e9e and more words here for a body.".getBytes(Charset.forName("ISO-8859-1")));
    byte[] para = "<p>A page of fifty megabytes, far over the size limit.</p>\n".getBytes(StandardCharsets.US_ASCII);
    try (var big = Files.newOutputStream(dir.resolve("g-huge.html"))) {
      for (long n = 0; n < (50L << 20); n += para.length) {
        big.write(para);
      }
    }
    Path out = tmp.resolve("out.jsonl");
    Run r = run(new ExtractCommand(), dir.toString(), tmp.resolve("no-such-dir").toString(), "-o", out.toString());

    assertThat(r.code()).isEqualTo(1);
    List<String> errors = r.err().lines().filter(l -> l.startsWith("readout: ")).toList();
    assertThat(errors).hasSize(6);
    assertThat(errors).anySatisfy(l -> assertThat(l).contains("b-binary.png").containsIgnoringCase("binary"));
    assertThat(errors).anySatisfy(l -> assertThat(l).contains("c-empty.txt").containsIgnoringCase("empty"));
    assertThat(errors).anySatisfy(l -> assertThat(l).contains("d-truncated.txt.gz").containsIgnoringCase("truncated"));
    assertThat(errors).anySatisfy(l -> assertThat(l).contains("e-truncated.warc"));
    assertThat(errors).anySatisfy(l -> assertThat(l).contains("g-huge.html").contains("MB"));
    assertThat(errors).anySatisfy(l -> assertThat(l).contains("no-such-dir"));
    List<String> sources = Files.readAllLines(out).stream().map(l -> ArticleJson.read(l).article().source()).toList();
    assertThat(sources).anySatisfy(s -> assertThat(s).endsWith("a-good.txt"));
    assertThat(sources).anySatisfy(s -> assertThat(s).endsWith("f-latin1.txt"));
    String latin = Files.readAllLines(out).stream().filter(l -> l.contains("f-latin1")).findFirst().orElseThrow();
    assertThat(ArticleJson.read(latin).article().body()).contains("Caf\u00e9 au lait");
  }

  @Test
  void labelsJsonBesideThePagesIsSkippedAndTheRunSucceeds() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("seeds"));
    Files.copy(Path.of(SAMPLES, "004_b9fb024020862bbd.txt"), dir.resolve("004.txt"));
    Files.writeString(dir.resolve("gold.json"), "{\n  \"about\": \"key facts\",\n  \"pages\": {\"004.txt\": {\"title\": \"x\"}}\n}\n");
    Path out = tmp.resolve("out.jsonl");
    Run r = run(new ExtractCommand(), dir.toString(), "-o", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err().lines().filter(l -> l.startsWith("readout: ")).toList())
        .containsExactly("readout: skipped " + dir.resolve("gold.json")
            + ": not a page: JSON document without text or html (keys: about, pages)");
    List<String> sources = Files.readAllLines(out).stream().map(l -> ArticleJson.read(l).article().source()).toList();
    assertThat(sources).containsExactly(dir.resolve("004.txt").toString());
  }

  @Test
  void labelsJsonNamedExplicitlyIsAnError() throws IOException {
    Path gold = Files.writeString(tmp.resolve("gold.json"), "{\"about\": \"key facts\"}\n");
    Run r = run(new ExtractCommand(), gold.toString(), "-o", tmp.resolve("out.jsonl").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("readout: " + gold + ": read: JSON record has no text or html").doesNotContain("readout: skipped");
  }

  @Test
  void helpSaysSkippedInputsDoNotChangeTheExitCode() {
    assertThat(run(new ExtractCommand(), "--help").out()).contains("skipped");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run(new ExtractCommand()).code()).isEqualTo(2);
    assertThat(run(new ExtractCommand(), "--no-such-option", SAMPLES).code()).isEqualTo(2);
  }

  @Test
  void stdinIsReadWithDash() throws IOException {
    var saved = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(
          Files.readAllBytes(Path.of(SAMPLES, "004_b9fb024020862bbd.txt"))));
      Run r = run(new ExtractCommand(), "-");
      assertThat(r.code()).as(r.err()).isZero();
      AnnotatedArticle a = ArticleJson.read(r.out().lines().findFirst().orElseThrow());
      assertThat(a.article().dateline().place()).contains("Dushanbe");
      assertThat(a.article().source()).isEqualTo("stdin");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void aNamedPipeIsWrittenIntoNotReplaced() throws Exception {
    Path fifo = tmp.resolve("out.fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Path copy = tmp.resolve("copy.jsonl");
    // The reader blocks until extract opens the pipe for writing; it ends when extract closes it.
    Process cat = new ProcessBuilder("cat", fifo.toString()).redirectOutput(copy.toFile()).start();
    try {
      Run r = run(new ExtractCommand(), SAMPLES, "-o", fifo.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(cat.waitFor(60, TimeUnit.SECONDS)).as("cat got end of file").isTrue();
    } finally {
      cat.destroyForcibly();
    }
    assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()).as("still a pipe").isTrue();
    assertThat(Files.readAllLines(copy)).hasSize(5);
    assertThat(tmp.resolve("out.fifo.partial")).doesNotExist();
  }

  @Test
  void aSymbolicLinkStaysALinkAndItsFileGetsTheOutput() throws IOException {
    Path real = Files.writeString(tmp.resolve("real.jsonl"), "old\n");
    Path link = Files.createSymbolicLink(tmp.resolve("link.jsonl"), real);
    Run r = run(new ExtractCommand(), SAMPLES, "-o", link.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllLines(real)).hasSize(5);
    Path dangling = Files.createSymbolicLink(tmp.resolve("dangling.jsonl"), tmp.resolve("new.jsonl"));
    run(new ExtractCommand(), SAMPLES, "-o", dangling.toString());
    assertThat(Files.isSymbolicLink(dangling)).isTrue();
    assertThat(Files.readAllLines(tmp.resolve("new.jsonl"))).hasSize(5);
  }

  @Test
  void aFolderAsOutputIsOneLineAndLeftAlone() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("out"));
    Run r = run(new ExtractCommand(), SAMPLES, "-o", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().asString().contains(dir.toString()).contains("is a directory");
    assertThat(Files.isDirectory(dir)).isTrue();
  }

  @Test
  void aPageWithNoArticleTextIsSkippedWithOneLineAndTheRunSucceeds() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Path.of(SAMPLES, "004_b9fb024020862bbd.txt"), dir.resolve("a.txt"));
    Files.writeString(dir.resolve("b-nav.txt"), "Home | News | Sport\n");
    Path out = tmp.resolve("out.jsonl");
    Run r = run(new ExtractCommand(), dir.toString(), "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err().lines().filter(l -> l.startsWith("readout: ")))
        .containsExactly("readout: skipped " + dir.resolve("b-nav.txt") + ": no article text");
    assertThat(Files.readAllLines(out)).singleElement().asString().contains("a.txt");
    assertThat(r.err()).contains("readout extract: 2 pages read: 1 articles, 0 rejected, 1 skipped in ");
  }

  @Test
  void progressIsDrawnOnStderrWhenBinReadoutSaysStderrIsATerminal() throws IOException {
    String saved = System.getProperty(Progress.SHOWN);
    try {
      System.setProperty(Progress.SHOWN, "true");
      Run r = run(new ExtractCommand(), SAMPLES, tmp.resolve("missing").toString(), "-o", tmp.resolve("out.jsonl").toString());
      assertThat(r.err()).contains("Extracting").contains("6/6 files").contains("6 pages");
      System.setProperty(Progress.SHOWN, "false");
      Run quiet = run(new ExtractCommand(), SAMPLES, "-o", tmp.resolve("out.jsonl").toString());
      assertThat(quiet.err()).doesNotContain("Extracting");
    } finally {
      if (saved == null) {
        System.clearProperty(Progress.SHOWN);
      } else {
        System.setProperty(Progress.SHOWN, saved);
      }
    }
  }

  @Test
  void aClosingSummaryCountsWhatHappened() throws IOException {
    Run r = run(new ExtractCommand(), SAMPLES, tmp.resolve("missing").toString(), "-o", tmp.resolve("out.jsonl").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines().toList().get(r.err().lines().toList().size() - 1))
        .matches("readout extract: 6 pages read: 5 articles, 1 rejected, 0 skipped in \\d+\\.\\d s");
  }

  private static AnnotatedArticle find(List<AnnotatedArticle> records, String prefix) {
    return records.stream().filter(a -> Path.of(a.article().source()).getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
      z.write(data);
    }
    return bytes.toByteArray();
  }
}
