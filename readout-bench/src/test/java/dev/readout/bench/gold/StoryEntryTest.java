package dev.readout.bench.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryEntryTest {

  @Test
  void splitIsTheParityOfCrc32() {
    // CRC-32 check values: "123456789" -> 0xCBF43926 (even); "a" -> 0xE8B7BE43 (odd); "" -> 0 (even).
    assertThat(StoryEntry.split("123456789")).isEqualTo("tune");
    assertThat(StoryEntry.split("a")).isEqualTo("test");
    assertThat(StoryEntry.split("")).isEqualTo("tune");
  }

  @Test
  void jsonLineRoundTrips() {
    StoryEntry e = new StoryEntry("reuters-1", "reuters", "reuters/reut2-000.sgm#NEWID=1", "test", "A \"title\"",
        Optional.of("1987-02-26T15:01:01"), Optional.empty(), false, "ab", 12);
    assertThat(StoryEntry.parse(e.toJson())).isEqualTo(e);
  }
}
