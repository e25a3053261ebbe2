package dev.readout.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.json.ArticleJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in {@code local[2]} against {@code readout extract} on the same input: a WARC written
 * here (seed pages, trimmed copies, a repeat) and the bundled seed texts.
 */
class ReadoutJobIT {

  @TempDir static Path dir;
  static SparkSession spark;
  static List<String> inputs;
  static List<String> cliLines;

  @BeforeAll
  static void setUp() throws IOException {
    Path warc = TestPages.warc(dir, true);
    inputs = List.of(warc.toString(), TestPages.samples().toString());
    cliLines = readoutExtract(inputs, dir.resolve("cli.jsonl"));
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("readout-it")
            .config("spark.ui.enabled", "false")
            // Local mode talks to itself: keep the driver on loopback, not the machine's interface.
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
  }

  @AfterAll
  static void tearDown() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void jsonLinesAreTheRecordsOfReadoutExtract() throws IOException {
    JobConfig config = JobConfig.parse(args("--out", dir.resolve("jsonl").toString(), "--format", "jsonl"));
    ReadoutJob.Summary s = ReadoutJob.run(spark, config);

    List<String> lines = partLines(dir.resolve("jsonl/articles"));
    assertThat(cliLines).hasSizeGreaterThan(10);
    assertThat(lines).containsExactlyInAnyOrderElementsOf(cliLines);
    assertThat(s.articles()).isEqualTo(cliLines.size());
    assertThat(s.rejected()).isZero();
    // The WARC's trimmed copies make stories of several pages: grouping really ran.
    assertThat(storiesOf(cliLines).values()).anyMatch(members -> members.size() >= 3);
    assertThat(s.stories()).isEqualTo(storiesOf(cliLines).size());
  }

  @Test
  void parquetTablesHoldTheSameArticlesStoriesAndStatements() throws IOException {
    // Two tasks share each file: the same records whoever extracts them.
    JobConfig config = JobConfig.parse(args("--out", dir.resolve("parquet").toString(), "--splits-per-file", "2"));
    ReadoutJob.run(spark, config);
    String out = dir.resolve("parquet").toString();

    Map<String, String> cliStoryById = new TreeMap<>();
    Set<String> cliSources = new TreeSet<>();
    long statements = 0;
    long engagements = 0;
    long events = 0;
    for (String line : cliLines) {
      JsonNode o = tree(line);
      cliStoryById.put(o.get("id").asText(), o.get("story").asText());
      cliSources.add(o.get("source").asText());
      statements += o.get("statements").size();
      engagements += o.get("engagements").size();
      events += o.get("events").size();
    }
    Map<String, String> storyById = new TreeMap<>();
    Set<String> sources = new TreeSet<>();
    List<Row> articles = spark.read().parquet(out + "/articles").select("id", "story", "source", "body").collectAsList();
    for (Row r : articles) {
      storyById.put(r.getString(0), r.getString(1));
      sources.add(r.getString(2));
    }
    assertThat(articles).hasSize(cliLines.size());
    assertThat(storyById).isEqualTo(cliStoryById);
    assertThat(sources).isEqualTo(cliSources);
    assertThat(spark.read().parquet(out + "/statements").count()).isEqualTo(statements);
    assertThat(spark.read().parquet(out + "/engagements").count()).isEqualTo(engagements);
    assertThat(engagements).as("the samples report engagements").isPositive();
    assertThat(spark.read().parquet(out + "/engagements").where(col("status").isNull().or(col("id").isNull())).count()).isZero();
    assertThat(spark.read().parquet(out + "/events").count()).isEqualTo(events).isPositive();
    assertThat(spark.read().parquet(out + "/events").where(col("event").notEqual("CONSULT")).count()).isZero();

    Map<String, Set<String>> members = new HashMap<>();
    for (Row r : spark.read().parquet(out + "/stories").select(col("id"), col("members.article_id")).collectAsList()) {
      members.put(r.getString(0), new HashSet<>(r.getList(1)));
    }
    assertThat(members).isEqualTo(storiesOf(cliLines));
  }

  @Test
  void aLabelsFileBesideThePagesIsSkippedNotRejected() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("labelled"));
    try (Stream<Path> pages = Files.list(TestPages.samples())) {
      Path first = pages.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
      Files.copy(first, seeds.resolve(first.getFileName()));
    }
    Files.writeString(seeds.resolve("gold.json"), "{\n  \"about\": \"labels\"\n}\n");
    String out = dir.resolve("labelled-out").toString();
    ReadoutJob.Summary s = ReadoutJob.run(spark, JobConfig.parse(new String[] {seeds.toString(), "--out", out, "--format", "jsonl"}));
    assertThat(s.articles()).isEqualTo(1);
    assertThat(s.rejected()).isZero();
    assertThat(s.skipped()).isEqualTo(1);
  }

  @Test
  void anExistingOutputFolderIsKeptUnlessOverwriteIsGiven() throws IOException {
    Path out = Files.createDirectories(dir.resolve("taken"));
    assertThatThrownBy(() -> ReadoutJob.run(spark, JobConfig.parse(args("--out", out.toString()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--overwrite");
  }

  /**
   * Runs the real CLI, {@code readout extract}, from the jar the readout-cli module builds (the
   * reactor packages it before this module's integration tests run).
   */
  static List<String> readoutExtract(List<String> paths, Path out) throws IOException {
    Path jar = Path.of(System.getProperty("user.dir")).resolve("../readout-cli/target/readout.jar").normalize();
    assertThat(jar).as("the CLI jar; build it with ./mvnw -pl readout-cli -am package").isRegularFile();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), "extract", "-o", out.toString()));
    command.addAll(paths);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("cli.log").toFile()).start();
    try {
      assertThat(p.waitFor()).as(Files.readString(dir.resolve("cli.log"))).isZero();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }

  private static String[] args(String... options) {
    List<String> a = new ArrayList<>(inputs);
    a.addAll(List.of(options));
    return a.toArray(String[]::new);
  }

  /** Article ids by story id, as the records say. */
  private static Map<String, Set<String>> storiesOf(List<String> lines) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String line : lines) {
      JsonNode o = tree(line);
      out.computeIfAbsent(o.get("story").asText(), k -> new HashSet<>()).add(o.get("id").asText());
    }
    return out;
  }

  private static JsonNode tree(String line) {
    try {
      return ArticleJson.mapper().readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> partLines(Path folder) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path p : parts.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        out.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
