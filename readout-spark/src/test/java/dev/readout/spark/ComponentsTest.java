package dev.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ComponentsTest {

  @Test
  void chainedPairsMakeOneStoryNamedAfterItsSmallestId() {
    Components c = new Components();
    c.union("d", "c");
    c.union("c", "b");
    c.union("x", "y");
    c.union("b", "e");
    Map<String, String> stories = c.stories();
    assertThat(stories).containsOnlyKeys("b", "c", "d", "e", "x", "y");
    assertThat(stories.get("d")).isEqualTo("sb");
    assertThat(stories.get("e")).isEqualTo("sb");
    assertThat(stories.get("y")).isEqualTo("sx");
  }

  @Test
  void aLongChainDoesNotExhaustTheStack() {
    Components c = new Components();
    for (int i = 200_000; i > 0; i--) {
      c.union(String.format("%07d", i), String.format("%07d", i - 1));
    }
    assertThat(c.stories()).hasSize(200_001).containsEntry("0200000", "s0000000");
  }
}
