package dev.readout.read;

import static dev.readout.read.Reading.documents;
import static dev.readout.read.Reading.read;
import static dev.readout.read.Reading.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Input;
import dev.readout.model.RawDocument;
import dev.readout.model.Rejected;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageFilesTest {

  @TempDir Path dir;

  @Test
  void plainTextFileIsOneDocumentWithItsBytes() {
    List<Input> items = read("a.txt", utf8("Talks resumed in Geneva.\n"));
    assertThat(items).hasSize(1);
    RawDocument d = (RawDocument) items.get(0);
    assertThat(d.source()).isEqualTo("a.txt");
    assertThat(utf8(d)).isEqualTo("Talks resumed in Geneva.\n");
    assertThat(d.contentType()).contains("text/plain");
    assertThat(d.url()).isEmpty();
  }

  @Test
  void htmlFileNamedAnythingIsOneDocument() {
    List<Input> items = read("page.bin", utf8("<!doctype html><html><body><p>Hi</p></body></html>"));
    assertThat(documents(items)).singleElement().satisfies(d -> assertThat(d.contentType()).isEmpty());
  }

  @Test
  void fileNameDeclaresHtml() {
    assertThat(documents(read("x.HTM", utf8("<p>Hi</p>"))).get(0).contentType()).contains("text/html");
  }

  @Test
  void emptyAndBlankFilesAreRejected() {
    assertThat(read("e.txt", new byte[0])).containsExactly(new Rejected("e.txt", "read", "empty file"));
    assertThat(read("b.txt", utf8(" \n \n"))).containsExactly(new Rejected("b.txt", "read", "blank file (only whitespace)"));
  }

  @Test
  void binaryFilesAreRejectedNamingWhatTheyAre() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertThat(read("logo.html", png)).containsExactly(new Rejected("logo.html", "read", "binary file (PNG image)"));
    assertThat(read("x.txt", new byte[] {'a', 'b', 0, 'c'}))
        .containsExactly(new Rejected("x.txt", "read", "binary file (contains NUL bytes)"));
  }

  @Test
  void invalidBytesInTextAreKeptForTheDecoder() {
    byte[] bytes = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xFF, '!'};
    assertThat(documents(read("x.txt", bytes)).get(0).bytes()).isEqualTo(bytes);
  }

  @Test
  void streamOverTheLimitIsRejectedWithItsSize() {
    InputStream big = new RepeatingInput('a', 5_000);
    List<Input> items = Reading.read("stdin", big, new ReadOptions(1_000));
    assertThat(items).containsExactly(new Rejected("stdin", "read", "page is 5 KB, over the 1 KB limit"));
  }

  @Test
  void fiftyMegabytePageIsRejectedWithoutBeingRead() throws IOException {
    Path page = dir.resolve("big.html");
    Files.writeString(page, "<html><body>" + "x".repeat(FormatSniffer.HEAD * 2));
    try (RandomAccessFile f = new RandomAccessFile(page.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024); // sparse: the rest is never written, never read
    }
    List<Input> items = Reading.readPaths(List.of(page.toString()));
    assertThat(items).containsExactly(new Rejected(page.toString(), "read", "page is 52 MB, over the 10 MB limit"));
  }

  @Test
  void sizesThatRoundAlikeAreShownExactly() {
    assertThat(BoundedBytes.overLimit("page", 10_400_000, 10L * 1024 * 1024))
        .isEqualTo("page is 10,400,000 bytes, over the 10,485,760 bytes limit");
  }

  @Test
  void fileExactlyAtTheLimitIsRead() {
    List<Input> items = read("x.txt", utf8("abcdefghij"), new ReadOptions(10));
    assertThat(documents(items)).hasSize(1);
    assertThat(read("y.txt", utf8("abcdefghijk"), new ReadOptions(10)).get(0)).isInstanceOf(Rejected.class);
  }

  @Test
  void noContentTypeWithoutAHintfulName() {
    assertThat(Opener.declaredType("stdin")).isEqualTo(Optional.empty());
    assertThat(Opener.declaredType("A.TXT")).contains("text/plain");
  }

  /** {@code n} copies of one byte, produced on demand. */
  static final class RepeatingInput extends InputStream {
    private final int b;
    private long left;

    RepeatingInput(int b, long n) {
      this.b = b;
      this.left = n;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(buf, off, off + n, (byte) b);
      left -= n;
      return n;
    }
  }
}
