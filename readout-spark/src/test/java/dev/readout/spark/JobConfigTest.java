package dev.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobConfigTest {

  @Test
  void parsesPathsAndOptions() {
    JobConfig c = JobConfig.parse("a.warc.gz", "hdfs://nn/crawl", "--out", "o", "--format", "JSONL", "--overwrite", "--splits-per-file", "3");
    assertThat(c.paths()).containsExactly("a.warc.gz", "hdfs://nn/crawl");
    assertThat(c.out()).isEqualTo("o");
    assertThat(c.format()).isEqualTo(JobConfig.Format.JSONL);
    assertThat(c.overwrite()).isTrue();
    assertThat(c.splitsPerFile()).isEqualTo(3);
    assertThat(c.storyConfig()).isEqualTo(dev.readout.dedup.StoryConfig.DEFAULTS);
  }

  @Test
  void rejectsUnknownOptionsMissingOutputAndBadValues() {
    assertThatThrownBy(() -> JobConfig.parse("x", "--out", "o", "--fast")).hasMessageContaining("--fast");
    assertThatThrownBy(() -> JobConfig.parse("x")).hasMessageContaining("--out");
    assertThatThrownBy(() -> JobConfig.parse("--out", "o")).hasMessageContaining("paths");
    assertThatThrownBy(() -> JobConfig.parse("x", "--out", "o", "--format", "csv")).hasMessageContaining("parquet or jsonl");
    assertThatThrownBy(() -> JobConfig.parse("x", "--out", "o", "--min-containment", "2")).hasMessageContaining("minContainment");
    assertThatThrownBy(() -> JobConfig.parse("x", "--out", "o", "--splits-per-file", "many")).hasMessageContaining("not a number");
  }

  @Test
  void splitsFillTheCoresOnlyWhenFilesAreFewer() {
    InputFile a = new InputFile(0, "a", "file:/a", 10, false);
    InputFile b = new InputFile(1, "b", "file:/b", 10, false);
    assertThat(InputFiles.splits(java.util.List.of(a, b), 2, 0)).hasSize(2);
    assertThat(InputFiles.splits(java.util.List.of(a), 4, 0)).hasSize(4).allMatch(s -> s.stripes() == 4);
    assertThat(InputFiles.splits(java.util.List.of(a, b), 2, 3)).hasSize(6);
  }

  @Test
  void smallFilesSharePartitionsButEveryCoreGetsSeveral() {
    java.util.List<InputFile> files = new java.util.ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      files.add(new InputFile(i, "f" + i, "file:/f" + i, 2_000, false));
    }
    java.util.List<Split> splits = InputFiles.splits(files, 2, 0);
    assertThat(InputFiles.partitions(splits, 2)).isEqualTo(8);
    assertThat(InputFiles.partitions(splits.subList(0, 4), 2)).isEqualTo(4);
    InputFile big = new InputFile(0, "big", "file:/big", 1L << 34, false);
    assertThat(InputFiles.partitions(InputFiles.splits(java.util.List.of(big), 2, 512), 2)).isEqualTo(256);
  }
}
