package dev.readout.index;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Only the Lucene modules the index uses are dependencies: search results carry no highlights. */
class LuceneModulesTest {

  @Test
  void theHighlighterIsNotADependency() {
    assertThatThrownBy(() -> Class.forName("org.apache.lucene.search.highlight.Highlighter"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.apache.lucene.search.uhighlight.UnifiedHighlighter"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
