package dev.readout.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.model.DateSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Dates#find}, {@link Dates#resolve} and {@link Dates#forEvent}: one test per kind of expression. */
class DatesResolveTest {

  private static final Dates DATES = new Dates();
  /** Tuesday 10 March 1987, published, no dateline. */
  private static final Anchor PUBLISHED = new Anchor(Optional.empty(), Optional.of(LocalDate.parse("1987-03-10")));
  /** Wednesday 4 March 1987 on the dateline, published the day before. */
  private static final Anchor DATELINE =
      new Anchor(Optional.of(LocalDate.parse("1987-03-04")), Optional.of(LocalDate.parse("1987-03-03")));

  /** The first expression of the text resolved: "date source", or "none". */
  private static String date(String text, Anchor anchor, boolean future) {
    List<Token> t = Tokenizer.tokens(text, 0, text.length());
    List<TimeExpr> found = DATES.find(t);
    assertThat(found).as("expressions in %s", text).isNotEmpty();
    Dated d = DATES.resolve(found.get(0), anchor, future);
    return d.date().map(s -> s + " " + d.source()).orElse(d.source().toString());
  }

  private static String past(String text) {
    return date(text, PUBLISHED, false);
  }

  @Test
  void fullDatesAreStatedWithOrWithoutAnAnchor() {
    assertThat(date("on 4 May 1987", Anchor.NONE, false)).isEqualTo("1987-05-04 stated");
    assertThat(date("on May 4, 1987", Anchor.NONE, false)).isEqualTo("1987-05-04 stated");
    assertThat(date("on Sept. 11, 2020", PUBLISHED, false)).isEqualTo("2020-09-11 stated");
    assertThat(date("on the 4th of May 1987", PUBLISHED, false)).isEqualTo("1987-05-04 stated");
  }

  @Test
  void impossibleDaysAreNoDates() {
    String text = "on February 30, 1987 and 29 Feb 1987";
    assertThat(DATES.find(Tokenizer.tokens(text, 0, text.length())))
        .noneMatch(e -> e.when() instanceof TimeExpr.Absolute);
  }

  @Test
  void aMonthAndDayTakesTheYearNearestTheAnchorElseStaysYearLess() {
    assertThat(past("on Dec. 30")).isEqualTo("1986-12-30 stated");
    assertThat(past("on March 2")).isEqualTo("1987-03-02 stated");
    assertThat(date("plans to be there April 14-27", PUBLISHED, true)).isEqualTo("1987-04-14/1987-04-27 stated");
    assertThat(date("on Dec. 30", Anchor.NONE, false)).isEqualTo("--12-30 stated");
  }

  @Test
  void dayRanges() {
    assertThat(past("from Sept. 10 to 16, 1986")).isEqualTo("1986-09-10/1986-09-16 stated");
    assertThat(past("on March 3-5")).isEqualTo("1987-03-03/1987-03-05 stated");
    assertThat(past("from March 30 to April 2, 1986")).isEqualTo("1986-03-30/1986-04-02 stated");
    assertThat(past("on 3-5 March 1986")).isEqualTo("1986-03-03/1986-03-05 stated");
  }

  @Test
  void weekdaysLookBackForThePastAndAheadForTheFuture() {
    assertThat(date("met on Monday", DATELINE, false)).isEqualTo("1987-03-02 dateline_relative");
    assertThat(date("will meet on Monday", DATELINE, true)).isEqualTo("1987-03-09 dateline_relative");
    assertThat(date("said Wednesday", DATELINE, false)).as("the anchor's own weekday").isEqualTo("1987-03-04 dateline_relative");
    assertThat(past("said Thursday")).isEqualTo("1987-03-05 published_relative");
  }

  @Test
  void lastAndNextWeekdaysSkipTheAnchorDay() {
    assertThat(past("last Tuesday")).isEqualTo("1987-03-03 published_relative");
    assertThat(past("next Tuesday")).isEqualTo("1987-03-17 published_relative");
    assertThat(past("this coming Friday")).isEqualTo("1987-03-13 published_relative");
  }

  @Test
  void twoWeekdaysAreASpan() {
    assertThat(past("talks on Tuesday and Wednesday")).isEqualTo("1987-03-03/1987-03-04 published_relative");
    assertThat(date("talks on Tuesday and Wednesday", PUBLISHED, true)).isEqualTo("1987-03-10/1987-03-11 published_relative");
  }

  @Test
  void aWeekdayBeforeADateIsTheDate() {
    assertThat(past("on Tuesday, March 3")).isEqualTo("1987-03-03 stated");
  }

  @Test
  void deicticDays() {
    assertThat(past("yesterday")).isEqualTo("1987-03-09 published_relative");
    assertThat(past("today")).isEqualTo("1987-03-10 published_relative");
    assertThat(past("tonight")).isEqualTo("1987-03-10 published_relative");
    assertThat(past("this morning")).isEqualTo("1987-03-10 published_relative");
    assertThat(past("last night")).isEqualTo("1987-03-09 published_relative");
    assertThat(date("tomorrow morning", DATELINE, true)).isEqualTo("1987-03-05 dateline_relative");
    assertThat(past("two days ago")).isEqualTo("1987-03-08 published_relative");
    assertThat(past("a week ago")).isEqualTo("1987-03-03 published_relative");
  }

  @Test
  void weeksRunMondayToSunday() {
    assertThat(past("last week")).isEqualTo("1987-03-02/1987-03-08 published_relative");
    assertThat(past("this week")).isEqualTo("1987-03-09/1987-03-15 published_relative");
    assertThat(past("next week")).isEqualTo("1987-03-16/1987-03-22 published_relative");
    assertThat(past("this coming week")).isEqualTo("1987-03-16/1987-03-22 published_relative");
    assertThat(past("earlier this week")).isEqualTo("1987-03-09/1987-03-10 published_relative");
    assertThat(date("later this week", PUBLISHED, true)).isEqualTo("1987-03-11/1987-03-15 published_relative");
  }

  @Test
  void monthsAndYearsAroundTheAnchor() {
    assertThat(past("last month")).isEqualTo("1987-02-01/1987-02-28 published_relative");
    assertThat(date("next month", PUBLISHED, true)).isEqualTo("1987-04-01/1987-04-30 published_relative");
    assertThat(past("earlier this month")).isEqualTo("1987-03-01/1987-03-10 published_relative");
    assertThat(date("later this month", PUBLISHED, true)).isEqualTo("1987-03-11/1987-03-31 published_relative");
    assertThat(past("earlier this year")).isEqualTo("1987-01-01/1987-03-10 published_relative");
    assertThat(past("this year")).isEqualTo("1987-01-01/1987-03-10 published_relative");
    assertThat(date("this year", PUBLISHED, true)).isEqualTo("1987-01-01/1987-12-31 published_relative");
    assertThat(past("last year")).isEqualTo("1986-01-01/1986-12-31 published_relative");
    assertThat(past("two years ago")).isEqualTo("1985-01-01/1985-12-31 published_relative");
  }

  @Test
  void weekends() {
    assertThat(past("at the weekend")).isEqualTo("1987-03-07/1987-03-08 published_relative");
    assertThat(date("at the weekend", PUBLISHED, true)).isEqualTo("1987-03-14/1987-03-15 published_relative");
    assertThat(past("last weekend")).isEqualTo("1987-03-07/1987-03-08 published_relative");
  }

  @Test
  void monthsWithoutAYearAreRelativeWithAYearAreStated() {
    assertThat(past("in February")).isEqualTo("1987-02-01/1987-02-28 published_relative");
    assertThat(past("in October")).as("past: not months ahead").isEqualTo("1986-10-01/1986-10-31 published_relative");
    assertThat(date("in June", PUBLISHED, true)).isEqualTo("1987-06-01/1987-06-30 published_relative");
    assertThat(past("last October")).isEqualTo("1986-10-01/1986-10-31 published_relative");
    assertThat(past("in early April")).isEqualTo("1987-04-01/1987-04-10 published_relative");
    assertThat(past("in late November")).isEqualTo("1986-11-20/1986-11-30 published_relative");
    assertThat(past("in February 1986")).isEqualTo("1986-02-01/1986-02-28 stated");
    assertThat(date("in February, 1986", Anchor.NONE, false)).isEqualTo("1986-02-01/1986-02-28 stated");
    assertThat(date("in February", Anchor.NONE, false)).isEqualTo("none");
  }

  @Test
  void twoMonthsJoinedByOrAreOneSpan() {
    assertThat(date("in late April or early May", PUBLISHED, true)).isEqualTo("1987-04-20/1987-05-10 published_relative");
    assertThat(past("from November to January")).isEqualTo("1986-11-01/1987-01-31 published_relative");
    assertThat(past("from March 1985 to May 1985")).isEqualTo("1985-03-01/1985-05-31 stated");
  }

  @Test
  void yearsAndDecadesAreStated() {
    assertThat(past("in 1985")).isEqualTo("1985-01-01/1985-12-31 stated");
    assertThat(past("in the 1970s")).isEqualTo("1970-01-01/1979-12-31 stated");
  }

  @Test
  void sinceRunsToTheAnchor() {
    assertThat(past("since June 1")).isEqualTo("1986-06-01/1987-03-10 published_relative");
    assertThat(past("since last November")).isEqualTo("1986-11-01/1987-03-10 published_relative");
  }

  @Test
  void relativeExpressionsNeedAnAnchor() {
    assertThat(date("yesterday", Anchor.NONE, false)).isEqualTo("none");
    assertThat(date("last week", Anchor.NONE, false)).isEqualTo("none");
  }

  @Test
  void namesThatLookLikeMonthsAreNotDates() {
    String text = "Theresa May said the march would go ahead, as 2000 troops may March";
    assertThat(DATES.find(Tokenizer.tokens(text, 0, text.length())))
        .allSatisfy(e -> assertThat(DATES.resolve(e, PUBLISHED, false)).isEqualTo(Dated.NONE));
  }

  @Test
  void forEventTakesTheNearestExpressionInsideTheClause() {
    String text = "He said on Monday that the ministers would meet on Friday.";
    List<Token> t = Tokenizer.tokens(text, 0, text.length());
    int meet = index(t, "meet");
    Dated d = DATES.forEvent(t, 0, t.size(), meet, DATELINE, true);
    assertThat(d.date().map(Object::toString)).contains("1987-03-06");
    assertThat(DATES.forEvent(t, index(t, "that"), t.size(), index(t, "said") + 3, DATELINE, true).source())
        .isEqualTo(DateSource.DATELINE_RELATIVE);
    Dated said = DATES.forEvent(t, 0, index(t, "that"), index(t, "said"), DATELINE, false);
    assertThat(said.date().map(Object::toString)).contains("1987-03-02");
  }

  @Test
  void forEventWithNoExpressionInTheClauseIsNone() {
    String text = "The ministers met in Rome, officials said on Monday.";
    List<Token> t = Tokenizer.tokens(text, 0, text.length());
    assertThat(DATES.forEvent(t, 0, index(t, ","), index(t, "met"), DATELINE, false)).isEqualTo(Dated.NONE);
  }

  @Test
  void forEventRejectsATriggerOutsideTheClause() {
    List<Token> t = Tokenizer.tokens("met on Monday", 0, 13);
    assertThatThrownBy(() -> DATES.forEvent(t, 1, 3, 0, DATELINE, false)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trigger 0");
  }

  @Test
  void lowerCasingDoesNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(past("LAST WEEK")).isEqualTo("1987-03-02/1987-03-08 published_relative");
      assertThat(past("on FRIDAY")).as("capitalised, so a weekday").isEqualTo("1987-03-06 published_relative");
      assertThat(past("THIS MORNING")).isEqualTo("1987-03-10 published_relative");
      assertThat(past("in APRIL")).isEqualTo("1987-04-01/1987-04-30 published_relative");
      assertThat(past("in early April")).isEqualTo("1987-04-01/1987-04-10 published_relative");
    } finally {
      Locale.setDefault(before);
    }
  }

  private static int index(List<Token> t, String word) {
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).is(word)) {
        return i;
      }
    }
    throw new AssertionError(word + " not in " + t);
  }
}
