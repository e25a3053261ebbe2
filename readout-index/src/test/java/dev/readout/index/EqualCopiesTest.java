package dev.readout.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Of copies with the same paragraphs, the story shows the one with headline, outlet and dateline as the most complete. */
class EqualCopiesTest {

  @TempDir Path data;

  @Test
  void theLabelledCopyLeadsWhenTheBareOneArrivedFirst() throws IOException {
    try (Ingester in = Ingester.open(data, new IngestConfig(100, 1), Fixtures.grouper())) {
      in.add(Fixtures.equalCopies());
    }
    String bare = Fixtures.equalCopies().get(0).article().id();
    String full = Fixtures.equalCopies().get(1).article().id();
    try (Corpus corpus = Corpus.open(data)) {
      StoryView s = corpus.story("s" + bare).orElseThrow();
      assertThat(s.canonical()).isEqualTo(full);
      assertThat(s.copies()).extracting(StoryView.Copy::article).containsExactly(full, bare);
      assertThat(s.copies().get(0).title()).contains("China, Russia hold consultations on Central Asia");
      assertThat(s.copies().get(0).outlet()).contains("Global Times");
    }
  }
}
