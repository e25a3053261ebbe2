package dev.readout.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** URL normalisation: the spellings of one page meet, and normalising is idempotent. */
class UrlsTest {

  @Test
  void spellingsOfOnePageMeet() {
    URI one = Urls.normalize("http://example.org/news/1.html").orElseThrow();
    for (String s : new String[] {"HTTP://Example.ORG/news/1.html", "http://example.org:80/news/./1.html", "http://example.org/news/1.html#top",
        " http://example.org/a/../news/1.html "}) {
      assertThat(Urls.normalize(s)).as(s).contains(one);
    }
    assertThat(Urls.resolve(URI.create("http://example.org/news/"), "1.html")).contains(one);
  }

  @Test
  void onlyAbsoluteHttpUrlsPass() {
    for (String s : new String[] {"ftp://example.org/x", "mailto:a@b.org", "javascript:void(0)", "/news/1.html", "", "http://"}) {
      assertThat(Urls.normalize(s)).as(s).isEmpty();
    }
    assertThat(Urls.origin(URI.create("https://example.org:8443/a"))).isEqualTo("https://example.org:8443");
  }

  @Test
  void normalisingTwiceChangesNothingAndNeverThrows() {
    long seed = System.nanoTime();
    System.out.println("UrlsTest seed " + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    String alphabet = "aZ0/.?&=#%:-_~!$'()*+,;@[] \u00e9\u4e2d";
    for (int i = 0; i < 1000; i++) {
      StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? "http://" : "HTTPS://example.org");
      int n = rnd.nextInt(30);
      for (int j = 0; j < n; j++) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      Optional<URI> once = Urls.normalize(sb.toString());
      once.ifPresent(u -> assertThat(Urls.normalize(u.toString())).as("seed %d input %s", seed, sb).contains(u));
    }
  }
}
