package dev.readout.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import dev.readout.golden.Golden;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code calendar-names.tsv} is what ICU's locale data gives: the file is generated here, from
 * every locale's Gregorian month and weekday names, and regenerated with
 * {@code -Dreadout.golden.update=true} when ICU is upgraded (review the diff, commit). Shipping
 * the table instead of building it at run time saves a second of start-up in every JVM.
 */
class CalendarNamesFileTest {

  private static final Path FILE = Path.of("src/main/resources/dev/readout/html/calendar-names.tsv");

  @Test
  void fileIsWhatIcuLocaleDataGives() throws IOException {
    String generated = generate();
    assertThat(Golden.expected(FILE, generated)).isEqualTo(generated);
  }

  /** word → month → languages; word → day → languages. */
  private static String generate() {
    Map<String, Map<Integer, Set<String>>> months = new TreeMap<>();
    Map<String, Map<DayOfWeek, Set<String>>> weekdays = new TreeMap<>();
    for (ULocale locale : ULocale.getAvailableLocales()) {
      String language = locale.getLanguage();
      DateFormatSymbols symbols = new DateFormatSymbols(GregorianCalendar.class, locale);
      for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
        for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
          String[] names = symbols.getMonths(context, width);
          for (int i = 0; i < 12 && i < names.length; i++) {
            String k = key(names[i]);
            if (isWord(k, 3)) {
              vote(months, k, i + 1, language);
              if (Character.UnicodeScript.of(k.codePointAt(0)) == Character.UnicodeScript.LATIN) {
                vote(months, folded(k), i + 1, language);
              }
            }
          }
        }
        for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED, DateFormatSymbols.SHORT}) {
          String[] names = symbols.getWeekdays(context, width);
          // ICU's weekday arrays are indexed by Calendar.SUNDAY (1) to SATURDAY (7); [0] is empty
          for (int i = 1; i <= 7 && i < names.length; i++) {
            String k = key(names[i]);
            if (isWord(k, 2)) {
              vote(weekdays, k, DayOfWeek.SUNDAY.plus(i - 1), language);
            }
          }
        }
      }
    }
    StringBuilder out = new StringBuilder(header());
    months.forEach((word, byMonth) -> month(word, byMonth, languages(weekdays.get(word)))
        .ifPresent(m -> out.append("month\t").append(word).append('\t').append(m).append('\n')));
    weekdays.forEach((word, byDay) -> out.append("weekday\t").append(word).append('\t')
        .append(EnumSet.copyOf(byDay.keySet()).stream().map(d -> Integer.toString(d.getValue())).collect(Collectors.joining(",")))
        .append('\n'));
    return out.toString();
  }

  /** The month most languages give {@code word}; none on a tie or when more use it for a weekday. */
  private static java.util.OptionalInt month(String word, Map<Integer, Set<String>> byMonth, int weekdayLanguages) {
    int best = 0;
    int most = 0;
    int atMost = 0;
    for (Map.Entry<Integer, Set<String>> e : byMonth.entrySet()) {
      int n = e.getValue().size();
      if (n > most) {
        best = e.getKey();
        most = n;
        atMost = 1;
      } else if (n == most) {
        atMost++;
      }
    }
    return atMost == 1 && most > weekdayLanguages ? java.util.OptionalInt.of(best) : java.util.OptionalInt.empty();
  }

  private static int languages(Map<DayOfWeek, Set<String>> byDay) {
    Set<String> all = new HashSet<>();
    if (byDay != null) {
      byDay.values().forEach(all::addAll);
    }
    return all.size();
  }

  private static String header() {
    return "# Month and weekday names of every locale in ICU's locale data, for reading dates written in\n"
        + "# words (dev.readout.html.CalendarNames). Generated, not edited: CalendarNamesFileTest writes it\n"
        + "# with -Dreadout.golden.update=true. Source: ICU4J " + VersionInfo.ICU_VERSION + ", CLDR "
        + LocaleData.getCLDRVersion() + " (Unicode licence);\n"
        + "# each locale's Gregorian names, wide and abbreviated (weekdays also short), format and\n"
        + "# stand-alone, lower-cased (Locale.ROOT), a trailing period dropped; Latin month names also\n"
        + "# without diacritics. Months have at least three letters, weekdays two.\n"
        + "# Rows: kind <TAB> word <TAB> value\n"
        + "#   month    the month (1-12) most languages give the word; a word split evenly between\n"
        + "#            months, or used by more languages for a weekday (sat, sun), is left out\n"
        + "#   weekday  every ISO day of the week (1 = Monday) the word names in some language\n";
  }

  private static <T> void vote(Map<String, Map<T, Set<String>>> votes, String word, T value, String language) {
    votes.computeIfAbsent(word, w -> new TreeMap<>()).computeIfAbsent(value, v -> new HashSet<>()).add(language);
  }

  private static String key(String word) {
    String k = word.strip().toLowerCase(Locale.ROOT);
    return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
  }

  private static boolean isWord(String k, int minLength) {
    return k.codePointCount(0, k.length()) >= minLength && k.codePoints().allMatch(CalendarNames::isWordChar);
  }

  private static String folded(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
  }
}
