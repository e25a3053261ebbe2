package dev.readout.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.Readout;
import dev.readout.model.Article;
import dev.readout.model.Page;
import dev.readout.text.Scripts;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Extraction never throws on hostile text, and what it keeps plus what it drops accounts for the
 * page. Seeded: set {@code -Dreadout.seed=N} to replay a run; the seed is printed.
 */
class ExtractionPropertyTest {

  private static final long SEED = Long.getLong("readout.seed", System.nanoTime());
  private static final String[] PIECES = {
    "BEIJING, Feb. 4 (Xinhua) -- ", "Share", "Copyright ©2020 Example.com", " said Thursday.",
    "\n", "\n\n", "    ", "Wang Yi", "无码|", "2021-02-05 10:09", "[Photo/Xinhua]", "--", "(", ")",
    "Editor: ", "Sept. 31", "http://x.y/", "\u0000", "\ud800", "Ω", "a", ".", "|", "MARCH 3 - ",
  };

  @Test
  void neverThrowsOnRandomText() {
    System.out.println("ExtractionPropertyTest seed " + SEED);
    SplittableRandom rnd = new SplittableRandom(SEED);
    Readout readout = new Readout();
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      int n = rnd.nextInt(60);
      for (int j = 0; j < n; j++) {
        if (rnd.nextInt(4) == 0) {
          sb.appendCodePoint(rnd.nextInt(0x3000));
        } else {
          sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
      }
      Article a = readout.extract(Page.text("random-" + i, sb.toString()));
      assertThat(a.paragraphs()).allSatisfy(p -> assertThat(p).isNotBlank());
      int kept = a.paragraphs().size() + a.captions().size() + a.removed().size() + (a.title().isPresent() ? 1 : 0)
          + (a.dateline().isEmpty() ? 0 : 1);
      assertThat(kept).as("seed %d case %d", SEED, i).isGreaterThanOrEqualTo(sb.toString().isBlank() ? 0 : 1);
    }
  }

  @Test
  void spaceNormalisationIsIdempotent() {
    SplittableRandom rnd = new SplittableRandom(SEED);
    for (int i = 0; i < 1000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = rnd.nextInt(40); j > 0; j--) {
        sb.append(" \t\n\u00a0\u3000ab.".charAt(rnd.nextInt(8)));
      }
      String once = Scripts.normaliseSpace(sb.toString());
      assertThat(Scripts.normaliseSpace(once)).isEqualTo(once);
    }
  }
}
