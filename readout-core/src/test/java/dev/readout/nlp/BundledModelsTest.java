package dev.readout.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The OpenNLP models the core ships are the ones it loads: sentences and language. Tokens come
 * from {@link Tokenizer}'s rules, so the tokenizer model (326 KB) is not a dependency.
 */
class BundledModelsTest {

  @Test
  void theModelsInUseAreOnTheClassPathAndTheTokenizerModelIsNot() {
    assertThat(BundledModelsTest.class.getResource("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")).isNotNull();
    assertThat(BundledModelsTest.class.getResource("/langdetect-183.bin")).isNotNull();
    assertThat(BundledModelsTest.class.getResource("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")).isNull();
  }
}
