package dev.readout.read;

import static dev.readout.read.Reading.documents;
import static dev.readout.read.Reading.readPaths;
import static dev.readout.read.Reading.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.model.Input;
import dev.readout.model.Rejected;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class SourcesTest {

  @TempDir Path dir;

  private Path write(String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  @Test
  void foldersAreWalkedRecursivelyInNameOrder() throws IOException {
    write("b/2.txt", "b2");
    write("b/10.txt", "b10");
    write("a.txt", "a");
    write("c/z/deep.txt", "deep");
    write("c/a.txt", "ca");
    write(".git/config", "hidden");
    write("b/.DS_Store", "hidden");
    List<Input> items = readPaths(List.of(dir.toString()));
    assertThat(items).extracting(i -> dir.relativize(Path.of(i.source())).toString())
        .containsExactly("a.txt", "b/10.txt", "b/2.txt", "c/a.txt", "c/z/deep.txt");
  }

  @Test
  void argumentsKeepTheirOrderAndNamedHiddenFilesAreRead() throws IOException {
    Path z = write("z.txt", "z");
    Path hidden = write(".notes.txt", "n");
    assertThat(readPaths(List.of(z.toString(), hidden.toString()))).extracting(Input::source)
        .containsExactly(z.toString(), hidden.toString());
  }

  @Test
  void missingPathIsRejectedAndTheRestGoesOn() throws IOException {
    Path ok = write("ok.txt", "fine");
    String missing = dir.resolve("nope.txt").toString();
    List<Input> items = readPaths(List.of(missing, ok.toString()));
    assertThat(items.get(0)).isEqualTo(new Rejected(missing, "read", "no such file or directory"));
    assertThat(documents(items)).extracting(Input::source).containsExactly(ok.toString());
  }

  @Test
  void directoryLoopIsRejectedOnce() throws IOException {
    write("top/a.txt", "a");
    Files.createSymbolicLink(dir.resolve("top/loop"), dir.resolve("top"));
    List<Input> items = readPaths(List.of(dir.resolve("top").toString()));
    assertThat(Reading.describe(items)).isEqualTo(
        dir.resolve("top/a.txt") + " doc\n" + dir.resolve("top/loop") + " REJECTED directory loop: leads back to " + dir.resolve("top"));
  }

  @Test
  void danglingLinkInAFolderIsRejected() throws IOException {
    write("d/a.txt", "a");
    Files.createSymbolicLink(dir.resolve("d/gone"), dir.resolve("d/missing"));
    List<Input> items = readPaths(List.of(dir.resolve("d").toString()));
    assertThat(items.get(1)).isEqualTo(new Rejected(dir.resolve("d/gone").toString(), "read", "no such file or directory"));
  }

  @Test
  void ioFailuresReadAsPlainReasons() {
    assertThat(Failures.reason(new AccessDeniedException("/x"))).isEqualTo("permission denied");
    assertThat(Failures.reason(new NoSuchFileException("/x"))).isEqualTo("no such file or directory");
    assertThat(Failures.reason(new IOException("first\nsecond"))).isEqualTo("first");
    assertThat(Failures.reason(new IOException())).isEqualTo("ioexception");
  }

  @Test
  void openFailureOfOneInputIsRejectedAlone() {
    Found.Openable denied = new Found.Openable("secret.txt", () -> {
      throw new AccessDeniedException("secret.txt");
    }, java.util.OptionalLong.empty(), false);
    Found.Openable fine = new Found.Openable("fine.txt", () -> new ByteArrayInputStream(utf8("ok")), java.util.OptionalLong.empty(), false);
    List<Input> items = new java.util.ArrayList<>();
    new SourceReader(List.<Found>of(denied, fine).iterator(), ReadOptions.DEFAULTS).forEach(items::add);
    assertThat(Reading.describe(items)).isEqualTo("secret.txt REJECTED permission denied\nfine.txt doc");
  }

  @Test
  void stdinIsReadWhenIterationReachesIt() throws IOException {
    InputStream saved = System.in;
    try (DocumentReader reader = Sources.open(List.of("-"))) {
      System.setIn(new ByteArrayInputStream(utf8("{\"text\": \"a\"}\n{\"text\": \"b\"}\n")));
      List<Input> items = new java.util.ArrayList<>();
      reader.forEach(items::add);
      assertThat(items).extracting(Input::source).containsExactly("stdin:1", "stdin:2");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void nothingIsReadBeforeIteration() throws IOException {
    Path p = write("late.txt", "late");
    try (DocumentReader reader = Sources.open(List.of(dir.toString()))) {
      Files.delete(p);
      write("later.txt", "later");
      assertThat(reader).extracting(Input::source).containsExactly(dir.resolve("later.txt").toString());
    }
  }

  @Test
  void readerIteratesOnceAndStopsWhenClosed() throws IOException {
    write("a.txt", "a");
    write("b.txt", "b");
    DocumentReader reader = Sources.open(List.of(dir.toString()));
    Iterator<Input> it = reader.iterator();
    assertThat(it.next().source()).endsWith("a.txt");
    assertThatThrownBy(reader::iterator).isInstanceOf(IllegalStateException.class);
    reader.close();
    assertThat(it.hasNext()).isFalse();
  }

  @Test
  void formatsAreFoundByContentWhateverTheName() throws IOException {
    Files.write(dir.resolve("1-crawl.dat"), WarcSamples.crawl(WarcCompression.GZIP));
    Files.write(dir.resolve("2-feed.txt"), Reading.gzip(utf8("{\"text\": \"a\"}\n{\"text\": \"b\"}\n")));
    Files.write(dir.resolve("3-page.gz"), Reading.gzip(utf8("<html><body><p>x</p></body></html>")));
    List<Input> items = readPaths(List.of(dir.toString()));
    assertThat(items).extracting(i -> Path.of(i.source().replaceAll("[#:].*", "")).getFileName().toString())
        .containsExactly("1-crawl.dat", "1-crawl.dat", "1-crawl.dat", "2-feed.txt", "2-feed.txt", "3-page.gz");
    assertThat(documents(items).get(5).contentType()).isEmpty();
  }

  @Test
  void gzippedHtmlKeepsTheInnerNameAsAHint() throws IOException {
    Files.write(dir.resolve("page.html.gz"), Reading.gzip(utf8("<p>x</p>")));
    assertThat(documents(readPaths(List.of(dir.toString()))).get(0).contentType()).contains("text/html");
  }

  @Test
  void truncatedAndCorruptGzipAreRejected() {
    byte[] gz = Reading.gzip(utf8("Some plain text that is long enough to compress. ".repeat(50)));
    assertThat(Reading.read("t.gz", java.util.Arrays.copyOf(gz, gz.length / 2)))
        .containsExactly(new Rejected("t.gz", "read", "truncated gzip stream"));
    assertThat(Reading.read("t.gz", java.util.Arrays.copyOf(gz, 5)))
        .containsExactly(new Rejected("t.gz", "read", "truncated gzip stream"));
    byte[] corrupt = gz.clone();
    for (int i = 12; i < 30; i++) {
      corrupt[i] = (byte) 0xFF;
    }
    assertThat(Reading.read("c.gz", corrupt)).singleElement()
        .satisfies(i -> assertThat(((Rejected) i).reason()).startsWith("corrupt gzip stream"));
  }

  @Test
  void emptyGzipIsAnEmptyFile() {
    assertThat(Reading.read("e.gz", Reading.gzip(new byte[0])))
        .containsExactly(new Rejected("e.gz", "read", "empty file (after gunzip)"));
  }

  @Test
  void optionsRejectUnknownKeysAndBadValues() {
    assertThat(ReadOptions.of(Map.of("max-document-bytes", "2048")).maxDocumentBytes()).isEqualTo(2048);
    assertThat(ReadOptions.of(Map.of())).isEqualTo(ReadOptions.DEFAULTS);
    assertThatThrownBy(() -> ReadOptions.of(Map.of("max-size", "1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-size");
    assertThatThrownBy(() -> ReadOptions.of(Map.of("max-document-bytes", "ten")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ten");
    assertThatThrownBy(() -> new ReadOptions(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    assertThat(ReadOptions.DEFAULTS.maxDocumentBytes()).isEqualTo(10L * 1024 * 1024);
  }

  @Test
  void nullArgumentsAreCallerBugs() {
    assertThatThrownBy(() -> Sources.open(null)).isInstanceOf(NullPointerException.class).hasMessage("paths");
    assertThatThrownBy(() -> Sources.open(List.of(), null)).isInstanceOf(NullPointerException.class).hasMessage("options");
  }
}
