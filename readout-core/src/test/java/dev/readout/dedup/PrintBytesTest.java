package dev.readout.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintBytesTest {

  private final Fingerprints fingerprints = new Fingerprints(StoryConfig.DEFAULTS);

  @Test
  void theIdReadAloneIsTheIdOfTheWholePrint() {
    Fingerprints.Print p = fingerprints.of(TestArticles.article("d0123456789abcdef",
        List.of("Foreign ministers met in Geneva on Monday.", "They discussed a ceasefire."),
        LocalDate.of(2022, 2, 4), "example.org"));
    byte[] bytes = p.toBytes();
    assertThat(Fingerprints.Print.articleIdOf(bytes)).isEqualTo("d0123456789abcdef");
    assertThat(Fingerprints.Print.fromBytes(bytes).articleId()).isEqualTo("d0123456789abcdef");
    assertThat(Fingerprints.Print.fromBytes(bytes).bands()).isEqualTo(p.bands());
  }

  @Test
  void bytesThatAreNotAPrintAreRejected() {
    assertThatThrownBy(() -> Fingerprints.Print.articleIdOf(new byte[] {0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a fingerprint");
  }
}
