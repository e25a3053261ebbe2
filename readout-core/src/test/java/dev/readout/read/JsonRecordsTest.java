package dev.readout.read;

import static dev.readout.read.Reading.documents;
import static dev.readout.read.Reading.read;
import static dev.readout.read.Reading.rejections;
import static dev.readout.read.Reading.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Input;
import dev.readout.model.Page;
import dev.readout.model.RawDocument;
import dev.readout.model.Rejected;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRecordsTest {

  private static final String NEWS_PLEASE =
      "{\"authors\": [\"Ann Lee\", \"Bo Chen\"], \"date_download\": \"2018-01-14T13:06:43\","
          + " \"date_modify\": null, \"date_publish\": \"2018-01-13 08:00:00\", \"description\": \"Talks.\","
          + " \"language\": \"en\", \"source_domain\": \"example.com\", \"text\": \"Talks resumed.\\nBoth sides met.\","
          + " \"title\": \"Talks resume\", \"url\": \"https://example.com/a b\", \"newsCluster\": {\"EventId\": 32, \"Event\": \"talks\"}}";

  @TempDir Path dir;

  @Test
  void newsPleaseRecordMapsTextUrlAndFields() {
    RawDocument d = documents(read("a.json", utf8(NEWS_PLEASE))).get(0);
    assertThat(d.source()).isEqualTo("a.json");
    assertThat(utf8(d)).isEqualTo("Talks resumed.\nBoth sides met.");
    assertThat(d.contentType()).contains("text/plain; charset=utf-8");
    assertThat(d.url()).contains(URI.create("https://example.com/a%20b"));
    assertThat(d.captured()).contains(Instant.parse("2018-01-14T13:06:43Z"));
    assertThat(d.fields())
        .containsEntry("authors", "Ann Lee; Bo Chen")
        .containsEntry("date_publish", "2018-01-13 08:00:00")
        .containsEntry("title", "Talks resume")
        .containsEntry("source_domain", "example.com")
        .containsEntry("language", "en")
        .containsEntry("description", "Talks.")
        .containsEntry("date_download", "2018-01-14T13:06:43")
        .containsEntry("newsCluster.EventId", "32")
        .doesNotContainKeys("text", "url", "date_modify");
  }

  @Test
  void htmlRecordIsDeclaredHtml() {
    RawDocument d = documents(read("a.jsonl", utf8("{\"raw_html\": \"<html><body><p>Hi</p></body></html>\", \"url\": \"https://x.org/\"}\n"))).get(0);
    assertThat(d.contentType()).contains("text/html; charset=utf-8");
    assertThat(Decoder.decode(d).kind()).isEqualTo(Page.Kind.HTML);
  }

  @Test
  void maintextWinsOverHtml() {
    RawDocument d = documents(read("a.jsonl", utf8("{\"html\": \"<p>x</p>\", \"maintext\": \"Clean text.\"}"))).get(0);
    assertThat(utf8(d)).isEqualTo("Clean text.");
    assertThat(d.fields()).doesNotContainKeys("html", "maintext");
  }

  @Test
  void textGivenAsParagraphsIsJoined() {
    RawDocument d = documents(read("a", utf8("{\"text\": [\"One.\", \" \", \"Two.\"]}"))).get(0);
    assertThat(utf8(d)).isEqualTo("One.\n\nTwo.");
  }

  @Test
  void contentKeyIsSniffed() {
    assertThat(documents(read("a", utf8("{\"content\": \"Plain words.\"}"))).get(0).contentType()).contains(JsonFields.TEXT_TYPE);
    assertThat(documents(read("a", utf8("{\"content\": \"<div><p>Words</p></div>\"}"))).get(0).contentType()).contains(JsonFields.HTML_TYPE);
  }

  @Test
  void jsonLinesAreNumberedFromOneAndABadLineIsRejectedAlone() {
    String jsonl = "{\"text\": \"one\"}\n{\"text\": broken}\n\n{\"text\": \"four\"}\n[1]\n{\"title\": \"no text\"}\n";
    List<Input> items = read("feed.jsonl", utf8(jsonl));
    assertThat(Reading.describe(items).split("\n")).satisfiesExactly(
        l -> assertThat(l).isEqualTo("feed.jsonl:1 doc"),
        l -> assertThat(l).startsWith("feed.jsonl:2 REJECTED line is not valid JSON: Unrecognized token 'broken'"),
        l -> assertThat(l).isEqualTo("feed.jsonl:4 doc"),
        l -> assertThat(l).isEqualTo("feed.jsonl:5 REJECTED JSON value is not an object"),
        l -> assertThat(l).isEqualTo("feed.jsonl:6 REJECTED JSON record has no text or html (keys: title)"));
  }

  @Test
  void brokenFirstLineIsRejectedAloneWhenTheNextLineOpensAnObject() {
    List<Input> items = read("f.jsonl", utf8("{\"text\": \"cut off\n{\"text\": \"b\"}\n{\"text\": \"c\"}\n"));
    assertThat(Reading.describe(items)).startsWith("f.jsonl:1 REJECTED line is not valid JSON").endsWith("f.jsonl:2 doc\nf.jsonl:3 doc");
  }

  @Test
  void compactMultiLineObjectIsADocument() {
    assertThat(read("f.json", utf8("{\"title\": \"T\",\n\"text\": \"b\"}\n"))).extracting(Input::source).containsExactly("f.json");
  }

  @Test
  void crlfLinesAndATrailingLineWithoutNewlineRead() {
    List<Input> items = read("f.jsonl", utf8("{\"text\": \"a\"}\r\n{\"text\": \"b\"}"));
    assertThat(documents(items)).extracting(Input::source).containsExactly("f.jsonl:1", "f.jsonl:2");
    assertThat(utf8(documents(items).get(1))).isEqualTo("b");
  }

  @Test
  void singleLineFileIsNamedLikeASingleJsonFile() {
    assertThat(read("one.json", utf8("{\"text\": \"a\"}\n\n"))).extracting(Input::source).containsExactly("one.json");
  }

  @Test
  void prettyPrintedArrayItemsAreIndexed() {
    String json = "[\n  {\"text\": \"a\"},\n  {\"text\": \"b\"},\n  7\n]";
    List<Input> items = read("all.json", utf8(json));
    assertThat(Reading.describe(items)).isEqualTo("all.json[0] doc\nall.json[1] doc\nall.json[2] REJECTED array item is not a JSON object");
  }

  @Test
  void concatenatedPrettyObjectsAreNamedByLine() {
    String json = "{\n \"text\": \"a\"\n}\n{\n \"text\": \"b\"\n}\n";
    assertThat(read("x.json", utf8(json))).extracting(Input::source).containsExactly("x.json:1", "x.json:4");
  }

  @Test
  void syntaxErrorInADocumentEndsItAfterTheGoodRecords() {
    String json = "[\n{\"text\": \"a\"},\n{\"text\": oops}\n]";
    List<Input> items = read("x.json", utf8(json));
    assertThat(documents(items)).hasSize(1);
    assertThat(rejections(items)).singleElement().satisfies(r -> {
      assertThat(r.source()).isEqualTo("x.json");
      assertThat(r.reason()).startsWith("not valid JSON at line 3");
    });
  }

  @Test
  void invalidUtf8InALineIsReplacedNotRejected() {
    byte[] line = utf8("{\"text\": \"caf\u00e9\"}");
    byte[] broken = Arrays.copyOf(line, line.length);
    broken[13] = (byte) 0xE9; // Latin-1 é where UTF-8 wanted two bytes
    broken[14] = ' ';
    RawDocument d = documents(read("x.jsonl", broken)).get(0);
    assertThat(utf8(d)).startsWith("caf\uFFFD");
  }

  @Test
  void lineOverTheLimitIsRejectedAloneWithoutBeingKept() {
    String big = "{\"text\": \"" + "x".repeat(500) + "\"}";
    List<Input> items = read("x.jsonl", utf8("{\"text\": \"a\"}\n" + big + "\n{\"text\": \"c\"}\n"), new ReadOptions(100));
    assertThat(Reading.describe(items)).isEqualTo("x.jsonl:1 doc\nx.jsonl:2 REJECTED line is 512 bytes, over the 100 bytes limit\nx.jsonl:3 doc");
  }

  @Test
  void recordOverTheLimitInADocumentEndsIt() {
    String json = "[{\"text\": \"a\"}, {\"text\": \"" + "x".repeat(200_000) + "\"}, {\"text\": \"c\"}]";
    List<Input> items = read("x.json", utf8(json), new ReadOptions(1000));
    assertThat(Reading.describe(items)).isEqualTo("x.json[0] doc\nx.json[1] REJECTED record is over the 1 KB limit");
  }

  @Test
  void truncatedGzipJsonLinesKeepsTheLinesBeforeTheDamage() {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      jsonl.append("{\"text\": \"record ").append(i).append(" with some words to compress\"}\n");
    }
    byte[] gz = Reading.gzip(utf8(jsonl.toString()));
    List<Input> items = read("feed.jsonl.gz", Arrays.copyOf(gz, gz.length * 2 / 3));
    assertThat(documents(items)).hasSizeBetween(100, 1999);
    assertThat(items.get(items.size() - 1)).isEqualTo(new Rejected("feed.jsonl.gz", "read", "truncated gzip stream"));
    assertThat(rejections(items)).hasSize(1);
  }

  @Test
  void newsClusterFileReads() throws IOException {
    Path copy = dir.resolve("f56d3ca8.json");
    try (var in = getClass().getResourceAsStream("/read/news-cluster/f56d3ca80321bda65936fa8bf2ff3ba1c2c7a92d0681886ef1eb34d9.json")) {
      Files.copy(in, copy);
    }
    List<Input> items = Reading.readPaths(List.of(copy.toString()));
    RawDocument d = documents(items).get(0);
    assertThat(items).hasSize(1);
    assertThat(d.source()).isEqualTo(copy.toString());
    assertThat(utf8(d)).startsWith("External links are provided").contains("Copyright \u00a9 2018 ABC News");
    assertThat(d.url()).contains(URI.create("http://abcnews.go.com/Technology/wireStory/russian-space-experts-regain-control-1st-angola-satellite-52044233"));
    assertThat(d.fields())
        .containsEntry("title", "ABC News")
        .containsEntry("authors", "Abc News")
        .containsEntry("date_publish", "2018-01-13T00:00:00")
        .containsEntry("source_domain", "abcnews.go.com")
        .containsEntry("newsCluster.EventId", "32");
    assertThat(Decoder.decode(d).kind()).isEqualTo(Page.Kind.TEXT);
  }
}
