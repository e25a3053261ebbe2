package dev.readout.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YearsTest {

  @Test
  void publicationDateGivesTheNearestYear() {
    assertThat(Years.resolve(MonthDay.of(2, 4), Optional.of(LocalDate.of(2021, 2, 5)), "", ""))
        .contains(LocalDate.of(2021, 2, 4));
    assertThat(Years.resolve(MonthDay.of(12, 31), Optional.of(LocalDate.of(2021, 1, 1)), "", ""))
        .contains(LocalDate.of(2020, 12, 31));
    assertThat(Years.resolve(MonthDay.of(3, 3), Optional.of(LocalDate.of(1987, 2, 26)), "", ""))
        .contains(LocalDate.of(1987, 3, 3));
  }

  @Test
  void weekdayAndDatedTermsSettleTheYearWithoutAPublicationDate() {
    String lead = "China and Russia will strengthen cooperation, Wang Yi said Wednesday.";
    String text = lead + " The onslaught of COVID-19 ...";
    assertThat(Years.resolve(MonthDay.of(9, 17), Optional.empty(), lead, text))
        .contains(LocalDate.of(2020, 9, 17));
  }

  @Test
  void withoutEvidenceTheYearStaysUnknown() {
    String lead = "The minister said Wednesday that talks would go on.";
    assertThat(Years.resolve(MonthDay.of(9, 17), Optional.empty(), lead, lead)).isEmpty();
    assertThat(Years.resolve(MonthDay.of(9, 17), Optional.empty(), "No weekday.", "COVID-19")).isEmpty();
  }

  @Test
  void futureYearsDoNotRaiseTheFloor() {
    assertThat(Years.floor("targets to be met by 2035, as agreed in 2019")).hasValue(2019);
  }
}
