package dev.readout.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Extraction under a Turkish default locale, where "I".toLowerCase() is a dotless ı. */
class TurkishLocaleTest {

  private static Locale saved;

  @BeforeAll
  static void turkish() {
    saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
  }

  @AfterAll
  static void restore() {
    Locale.setDefault(saved);
  }

  @Test
  void seedsExtractTheSameUnderTurkishLocale() throws IOException {
    var a = SeedFactsTest.extract("004_b9fb024020862bbd.txt");
    assertThat(a.dateline().place()).contains("Dushanbe");
    assertThat(a.editor()).contains("zhangrui");
    assertThat(a.removed()).anySatisfy(r -> assertThat(r.text()).isEqualTo("Font size:A+A-"));
    var b = SeedFactsTest.extract("003_fcd27fd1893e7811.txt");
    assertThat(b.removed()).anySatisfy(r -> assertThat(r.text()).isEqualTo("LINE"));
    assertThat(b.editor()).contains("Wang Fan");
  }
}
