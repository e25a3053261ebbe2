package dev.readout.read;

import static dev.readout.read.Reading.documents;
import static dev.readout.read.Reading.readPaths;
import static dev.readout.read.Reading.rejections;
import static dev.readout.read.Reading.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Input;
import dev.readout.model.Rejected;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files beside the pages that are not pages at all: skipped in a walked folder, errors when named. */
class NotPagesTest {

  private static final String LABELS = "{\n  \"about\": \"gold labels\",\n  \"pages\": [{\"file\": \"a.txt\"}]\n}\n";

  @TempDir Path dir;

  private Path write(String relative, byte[] content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

  private Path write(String relative, String content) throws IOException {
    return write(relative, utf8(content));
  }

  @Test
  void metadataJsonInAWalkedFolderIsSkippedBesideThePage() throws IOException {
    Path page = write("seeds/a.txt", "A page about the harbour.");
    Path gold = write("seeds/gold.json", LABELS);
    List<Input> items = readPaths(List.of(dir.resolve("seeds").toString()));
    assertThat(documents(items)).extracting(Input::source).containsExactly(page.toString());
    assertThat(rejections(items)).containsExactly(
        new Rejected(gold.toString(), Rejected.SKIPPED, "not a page: JSON document without text or html (keys: about, pages)"));
    assertThat(rejections(items).get(0).skipped()).isTrue();
  }

  @Test
  void sameJsonNamedExplicitlyIsStillAnError() throws IOException {
    Path gold = write("seeds/gold.json", LABELS);
    List<Input> items = readPaths(List.of(gold.toString()));
    assertThat(items).containsExactly(
        new Rejected(gold.toString(), "read", "JSON record has no text or html (keys: about, pages)"));
    assertThat(((Rejected) items.get(0)).skipped()).isFalse();
  }

  @Test
  void compactJsonObjectOnOneLineInAFolderIsSkipped() throws IOException {
    Path meta = write("d/meta.json", "{\"crawl\": \"2024-05\", \"count\": 5}\n");
    List<Input> items = readPaths(List.of(dir.resolve("d").toString()));
    assertThat(items).containsExactly(
        new Rejected(meta.toString(), Rejected.SKIPPED, "not a page: JSON document without text or html (keys: crawl, count)"));
  }

  @Test
  void gzippedMetadataInAFolderIsSkipped() throws IOException {
    write("d/meta.json.gz", Reading.gzip(utf8(LABELS)));
    List<Input> items = readPaths(List.of(dir.resolve("d").toString()));
    assertThat(rejections(items)).singleElement().satisfies(r -> assertThat(r.skipped()).isTrue());
  }

  @Test
  void jsonLinesOfNonPageRecordsInAFolderAreErrorsAsBefore() throws IOException {
    Path lines = write("d/records.jsonl", "{\"title\": \"a\"}\n{\"title\": \"b\"}\n");
    List<Input> items = readPaths(List.of(dir.resolve("d").toString()));
    assertThat(items).containsExactly(
        new Rejected(lines + ":1", "read", "JSON record has no text or html (keys: title)"),
        new Rejected(lines + ":2", "read", "JSON record has no text or html (keys: title)"));
  }

  @Test
  void arrayOfNonPageRecordsInAFolderIsAnErrorPerItem() throws IOException {
    Path array = write("d/records.json", "[{\"title\": \"a\"}, {\"title\": \"b\"}]");
    List<Input> items = readPaths(List.of(dir.resolve("d").toString()));
    assertThat(rejections(items)).extracting(Rejected::source, Rejected::stage)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(array + "[0]", "read"),
            org.assertj.core.groups.Tuple.tuple(array + "[1]", "read"));
  }

  @Test
  void recordWithAnEmptyPageFieldInAFolderIsABrokenPage() throws IOException {
    Path empty = write("d/article.json", "{\n  \"url\": \"https://example.com/a\",\n  \"text\": \"\"\n}\n");
    List<Input> items = readPaths(List.of(dir.resolve("d").toString()));
    assertThat(items).containsExactly(
        new Rejected(empty.toString(), "read", "JSON record has no text or html (keys: url, text)"));
  }

  @Test
  void brokenFilesInAFolderStayErrors() throws IOException {
    write("d/image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    byte[] gz = Reading.gzip(utf8("A page that was cut off in transfer. ".repeat(50)));
    write("d/page.txt.gz", java.util.Arrays.copyOf(gz, gz.length / 2));
    List<Input> items = readPaths(List.of(dir.resolve("d").toString()));
    assertThat(rejections(items)).hasSize(2).allSatisfy(r -> {
      assertThat(r.stage()).isEqualTo("read");
      assertThat(r.skipped()).isFalse();
    });
  }

  @Test
  void streamSaysWhetherAFolderWalkFoundIt() {
    assertThat(readStream(true)).singleElement().satisfies(r -> assertThat(((Rejected) r).skipped()).isTrue());
    assertThat(readStream(false)).singleElement().satisfies(r -> assertThat(((Rejected) r).stage()).isEqualTo("read"));
  }

  private static List<Input> readStream(boolean inFolder) {
    List<Input> out = new ArrayList<>();
    try (DocumentReader r = Sources.open("gold.json", new ByteArrayInputStream(utf8(LABELS)), ReadOptions.DEFAULTS, inFolder)) {
      r.forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
