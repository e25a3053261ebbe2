package dev.readout.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Xinhua | Updated: 2021-02-05 10:09 ; 2021-02-05T10:09",
        "2020-12-29 00:29:06Xinhua Editor : Wang Fan ; 2020-12-29T00:29:06",
        "26-FEB-1987 15:01:01.79 ; 1987-02-26T15:01:01",
        "Feb. 4, 2021 ; 2021-02-04",
        "Published: February 4, 2021 3:05 PM ; 2021-02-04T15:05",
        "4 February 2021 ; 2021-02-04",
        "2021年2月5日 08:30 ; 2021-02-05T08:30",
        "Stand: 04.02.2021 14:10 Uhr ; 2021-02-04T14:10",
        "2021-02-05T10:09:00+08:00 ; 2021-02-05T10:09+08:00",
        "Updated 2021-02-05 10:09 GMT ; 2021-02-05T10:09Z",
        "17-09-21 09:01 BJT ; 2021-09-17T09:01+08:00",
      })
  void readsCommonLayouts(String line, String iso) {
    assertThat(Dates.find(line)).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo(iso));
  }

  @ParameterizedTest(name = "{0} near {1} -> {2}")
  @CsvSource({
    "'21-09-17 09:01', --09-16, 2021-09-17T09:01",
    "'17-09-21 09:01', --09-16, 2021-09-17T09:01",
  })
  void twoDigitDatesSettleByTheDatelineDay(String line, String near, String iso) {
    assertThat(Dates.find(line, Optional.of(MonthDay.parse(near))))
        .hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo(iso));
  }

  @ParameterizedTest
  @CsvSource({"no date here", "2021-13-45", "version 1.2.3", "call 555-1234"})
  void findsNothingWhereNothingIsStated(String line) {
    assertThat(Dates.find(line)).isEmpty();
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "2021-02-05 10:09 CST ; CN ; 2021-02-05T10:09+08:00",
        "2021-02-05 10:09 CST ; US ; 2021-02-05T10:09-06:00",
        "2021-02-05 10:09 CST ; - ; 2021-02-05T10:09",
        "2021-02-05 10:09 CST ; FR ; 2021-02-05T10:09",
        "2021-02-05 10:09 IST ; IN ; 2021-02-05T10:09+05:30",
        "2021-02-05 10:09 BJT ; US ; 2021-02-05T10:09+08:00",
        "2021-02-05 10:09 BJT ; - ; 2021-02-05T10:09+08:00",
      })
  void anAmbiguousZoneIsReadByThePagesCountryOrNotAtAll(String line, String country, String iso) {
    Optional<String> c = country.equals("-") ? Optional.empty() : Optional.of(country);
    assertThat(Dates.find(line, Optional.empty(), c)).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo(iso));
  }
}
