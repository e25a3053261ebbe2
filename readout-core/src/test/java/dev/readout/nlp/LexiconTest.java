package dev.readout.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LexiconTest {

  /** A missing file reads as an empty list, so a file left out of the jar must fail here. */
  @Test
  void everyEnglishWordListIsBundledAndNonEmpty() throws IllegalAccessException {
    int checked = 0;
    for (Field f : Lexicon.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      Object v = f.get(Lexicon.DEFAULT);
      if (v instanceof Collection<?> c) {
        assertThat(c).as(f.getName()).isNotEmpty();
        checked++;
      } else if (v instanceof Map<?, ?> m) {
        assertThat(m).as(f.getName()).isNotEmpty();
        m.values().stream().filter(Collection.class::isInstance)
            .forEach(x -> assertThat((Collection<?>) x).as(f.getName()).isNotEmpty());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(40);
    assertThat(Lexicon.DEFAULT.cues.contains("said")).isTrue();
    assertThat(Lexicon.DEFAULT.roles.contains("minister")).isTrue();
    assertThat(Lexicon.DEFAULT.sources.contains("spokesman")).isTrue();
    assertThat(Lexicon.rows("frames.tsv")).isNotEmpty();
  }

  /** The file names follow from the constants' names, so a renamed file or constant fails here. */
  @Test
  void everyEnglishDataFileHasOneWordListAndEachWordListItsFile() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.list(Path.of("src/main/resources/dev/readout/nlp/en"))) {
      files = s.map(p -> p.getFileName().toString()).toList();
    }
    assertThat(Stream.of(WordList.values()).map(WordList::file)).containsExactlyInAnyOrderElementsOf(files);
    assertThat(WordList.NOT_NAME_WORDS.file()).isEqualTo("not-name-words.txt");
    assertThat(WordList.QUOTE_MARKS.file()).isEqualTo("quote-marks.tsv");
  }

  @Test
  void forLanguageCachesAndRejectsMalformedCodes() {
    assertThat(Lexicon.forLanguage("en")).isSameAs(Lexicon.DEFAULT);
    assertThatThrownBy(() -> Lexicon.forLanguage("EN")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EN");
    assertThatThrownBy(() -> Lexicon.forLanguage("../en")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void subjectPronounsKeepTheirWrittenForm() {
    assertThat(Lexicon.DEFAULT.subjectPronouns).containsEntry("i", "I").containsEntry("they", "they");
  }

  @Test
  void englishMonthsAndWeekdaysAreTheCapitalisedNamesAndAbbreviations() {
    assertThat(Lexicon.DEFAULT.months)
        .contains("January", "September", "Jan", "Sep", "Sept", "May")
        .doesNotContain("Sep.", "january", "Monday");
    assertThat(Lexicon.DEFAULT.weekdays).containsExactlyInAnyOrder(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
  }
}
