package dev.readout.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesTest {

  private static List<Optional<String>> values(String ref, String text) {
    Dates d = new Dates(Optional.of(LocalDate.parse(ref)));
    return d.exprs(Tokenizer.tokens(text, 0, text.length())).stream().map(Dates.Expr::value).toList();
  }

  @Test
  void weekdaysResolveToTheLatestSuchDayOnOrBeforeTheReference() {
    assertThat(values("2021-02-05", "China and Russia said Thursday")).containsExactly(Optional.of("2021-02-04"));
    assertThat(values("2020-12-29", "Xi said Monday")).containsExactly(Optional.of("2020-12-28"));
    assertThat(values("2021-09-16", "made a commitment on Thursday")).containsExactly(Optional.of("2021-09-16"));
  }

  @Test
  void aWeekdayAfterWillLiesAhead() {
    assertThat(values("1987-03-22", "King Fahd will begin a visit on Tuesday")).containsExactly(Optional.of("1987-03-24"));
  }

  @Test
  void explicitDatesAndRanges() {
    assertThat(values("2021-02-05", "in Moscow on Sept 11, 2020.")).containsExactly(Optional.of("2020-09-11"));
    assertThat(values("2020-09-17", "from Sept. 10 to 16.")).containsExactly(Optional.of("2020-09-10/2020-09-16"));
    assertThat(values("2021-01-03", "on Dec. 30")).containsExactly(Optional.of("2020-12-30"));
    assertThat(values("1987-03-03", "talks this evening")).containsExactly(Optional.of("1987-03-03"));
  }

  @Test
  void vagueExpressionsAreFoundButDoNotResolve() {
    assertThat(values("2021-02-05", "Last week, they met")).containsExactly(Optional.empty());
  }

  @Test
  void withoutAReferenceOnlyFullDatesResolve() {
    Dates d = new Dates(Optional.empty());
    String text = "on Thursday and on Sept 11, 2020";
    assertThat(d.exprs(Tokenizer.tokens(text, 0, text.length()))).extracting(Dates.Expr::value)
        .containsExactly(Optional.empty(), Optional.of("2020-09-11"));
  }
}
