package dev.readout.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateTextTest {

  @Test
  void machineDatesKeepStatedTimeAndOffsetOnly() {
    assertThat(DateText.iso("2021-02-05")).contains("2021-02-05");
    assertThat(DateText.iso("2021-02-05T10:09")).contains("2021-02-05T10:09");
    assertThat(DateText.iso("2021-02-05T10:09:00+08:00")).contains("2021-02-05T10:09:00+08:00");
    assertThat(DateText.iso("2021-02-05T10:09:00.000Z")).contains("2021-02-05T10:09:00Z");
    assertThat(DateText.iso("2021-02-05 10:09:00 +0800")).contains("2021-02-05T10:09:00+08:00");
    assertThat(DateText.iso("20210205")).contains("2021-02-05");
  }

  @Test
  void datesInRunningTextInSeveralLanguages() {
    assertThat(DateText.inText("Published February 5, 2021 at 10am")).contains("2021-02-05");
    assertThat(DateText.inText("5. Februar 2021, 10:09 Uhr")).contains("2021-02-05");
    assertThat(DateText.inText("22 de novembro de 2020. 18:20")).contains("2020-11-22");
    assertThat(DateText.inText("新华社北京2021年2月5日电")).contains("2021-02-05");
    assertThat(DateText.inText("05.02.2021")).contains("2021-02-05");
    assertThat(DateText.inText("الأربعاء، 07 أكتوبر 2020 - 12:09 م")).contains("2020-10-07");
    assertThat(DateText.inText("20 сентября 2020")).contains("2020-09-20");
  }

  @Test
  void monthNamesComeFromLocaleDataForLanguagesNoTableListed() {
    assertThat(DateText.inText("Δημοσίευση: 12 Μαΐου 2020")).contains("2020-05-12");
    assertThat(DateText.inText("12. elokuuta 2020")).contains("2020-08-12");
    assertThat(DateText.inText("Publicerad 3 augusti 2020")).contains("2020-08-03");
    assertThat(DateText.inText("Diterbitkan 17 Agustus 2020")).contains("2020-08-17");
  }

  @Test
  void twoDigitYearIsReadOnlyBehindTheWeekdayItFallsOn() {
    assertThat(DateText.inText("Do 25.04.24 | 14:07 Uhr | Von Eva Kirchner-Rätsch")).contains("2024-04-25");
    assertThat(DateText.inText("Thu. 25.04.24")).contains("2024-04-25");
    assertThat(DateText.inText("Mo 25.04.24 | 14:07 Uhr")).isEmpty();
    assertThat(DateText.inText("Version 25.04.24 released")).isEmpty();
    assertThat(DateText.inText("Score 3.2.21 after extra time")).isEmpty();
  }

  @Test
  void digitsOfOtherScriptsAreRead() {
    assertThat(DateText.inText("الأربعاء ٠٧ أكتوبر ٢٠٢٠")).contains("2020-10-07");
    assertThat(DateText.inText("এ পৃষ্ঠায় শেষ পরিবর্তন হয়েছিল ১৬:২০টার সময়, ১৬ ফেব্রুয়ারি ২০২০ তারিখে।")).contains("2020-02-16");
    assertThat(DateText.inText("१५/०८/२०२०")).contains("2020-08-15");
  }

  @Test
  void monthWordsWithoutDiacriticsOrWithAPeriodAreRead() {
    assertThat(DateText.inText("le 3 fevrier 2020")).contains("2020-02-03");
    assertThat(DateText.inText("3 févr. 2020")).contains("2020-02-03");
    assertThat(DateText.inText("12 Sept. 2019")).contains("2019-09-12");
  }

  @Test
  void aWordNamingDifferentMonthsIsReadAsMostLanguagesReadIt() {
    // listopad: November in Czech and Polish, October in Croatian
    assertThat(CalendarNames.month("listopadu")).hasValue(11);
    assertThat(CalendarNames.month("Listopad")).hasValue(11);
    assertThat(CalendarNames.month("MAR")).hasValue(3);
    assertThat(CalendarNames.month("tuesday")).isEmpty();
  }

  @Test
  void aWordMoreLanguagesUseForAWeekdayIsNoMonth() {
    // "Sat" abbreviates September in Hausa, Saturday in English and many more
    assertThat(CalendarNames.month("Sat")).isEmpty();
    assertThat(CalendarNames.weekdays("Sat")).contains(java.time.DayOfWeek.SATURDAY);
    assertThat(DateText.inText("Dec 28 Sat 2013 00:28")).isNotEqualTo(Optional.of("2013-09-28"));
  }

  @Test
  void rejectsImpossibleAndUndatedText() {
    assertThat(DateText.iso("2021-13-45")).isEmpty();
    assertThat(DateText.inText("Call 555-1234 for details")).isEmpty();
    assertThat(DateText.inText("")).isEmpty();
    assertThat(DateText.iso("not a date")).isEqualTo(Optional.empty());
  }

  @Test
  void dateLineIsShortAndDated() {
    assertThat(DateText.looksLikeDateLine("Updated: Nov. 19, 2019")).isTrue();
    assertThat(DateText.looksLikeDateLine("On Nov. 19, 2019 the council met for the first time in a decade to vote on the plan.")).isFalse();
  }

  @Test
  void turkishLocaleDoesNotChangeMonthNames() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(DateText.inText("INDEPENDENCE DAY, JULY 4, 2021")).contains("2021-07-04");
      assertThat(DateText.inText("1 Ağustos 2021")).contains("2021-08-01");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
