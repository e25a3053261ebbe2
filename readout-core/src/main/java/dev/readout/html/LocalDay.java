package dev.readout.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The publisher's own day for a time stated in UTC. A page's day is the day where it was
 * written: {@code 2020-08-25T00:23Z} on a Canadian page is the evening of the 24th in every
 * Canadian zone. The country comes from the host's country-code domain, else from the page's
 * locale ({@code en-US}, {@code en_US}), else from a language spoken in one band of zones
 * ({@code it}, {@code ja}); a day moves only when every UTC offset the country uses (summer time
 * included) puts the time on that other day.
 */
final class LocalDay {

  /** UTC offsets in minutes, {min, max}, summer time included, by ISO country code. */
  private static final Map<String, int[]> OFFSETS = Map.ofEntries(
      Map.entry("us", new int[] {-600, -240}), Map.entry("ca", new int[] {-480, -150}),
      Map.entry("mx", new int[] {-480, -300}), Map.entry("br", new int[] {-300, -120}),
      Map.entry("ar", new int[] {-180, -180}), Map.entry("cl", new int[] {-240, -180}),
      Map.entry("co", new int[] {-300, -300}), Map.entry("pe", new int[] {-300, -300}),
      Map.entry("gb", new int[] {0, 60}), Map.entry("ie", new int[] {0, 60}), Map.entry("pt", new int[] {0, 60}),
      Map.entry("fr", new int[] {60, 120}), Map.entry("de", new int[] {60, 120}), Map.entry("it", new int[] {60, 120}),
      Map.entry("es", new int[] {60, 120}), Map.entry("nl", new int[] {60, 120}), Map.entry("be", new int[] {60, 120}),
      Map.entry("at", new int[] {60, 120}), Map.entry("ch", new int[] {60, 120}), Map.entry("pl", new int[] {60, 120}),
      Map.entry("se", new int[] {60, 120}), Map.entry("no", new int[] {60, 120}), Map.entry("dk", new int[] {60, 120}),
      Map.entry("cz", new int[] {60, 120}), Map.entry("hu", new int[] {60, 120}), Map.entry("gr", new int[] {120, 180}),
      Map.entry("fi", new int[] {120, 180}), Map.entry("ro", new int[] {120, 180}), Map.entry("ua", new int[] {120, 180}),
      Map.entry("il", new int[] {120, 180}), Map.entry("eg", new int[] {120, 180}), Map.entry("za", new int[] {120, 120}),
      Map.entry("tr", new int[] {180, 180}), Map.entry("sa", new int[] {180, 180}), Map.entry("ke", new int[] {180, 180}),
      Map.entry("ae", new int[] {240, 240}), Map.entry("az", new int[] {240, 240}), Map.entry("ir", new int[] {210, 270}),
      Map.entry("pk", new int[] {300, 300}), Map.entry("in", new int[] {330, 330}), Map.entry("bd", new int[] {360, 360}),
      Map.entry("th", new int[] {420, 420}), Map.entry("vn", new int[] {420, 420}), Map.entry("cn", new int[] {480, 480}),
      Map.entry("hk", new int[] {480, 480}), Map.entry("tw", new int[] {480, 480}), Map.entry("sg", new int[] {480, 480}),
      Map.entry("my", new int[] {480, 480}), Map.entry("ph", new int[] {480, 480}), Map.entry("jp", new int[] {540, 540}),
      Map.entry("kr", new int[] {540, 540}), Map.entry("au", new int[] {480, 660}), Map.entry("nz", new int[] {720, 780}));

  /** Languages whose speakers live in one band of zones, and that band's country. */
  private static final Map<String, String> LANGUAGE_COUNTRY = Map.ofEntries(
      Map.entry("it", "it"), Map.entry("de", "de"), Map.entry("nl", "nl"), Map.entry("pl", "pl"),
      Map.entry("cs", "cz"), Map.entry("hu", "hu"), Map.entry("sv", "se"), Map.entry("da", "dk"),
      Map.entry("nb", "no"), Map.entry("el", "gr"), Map.entry("fi", "fi"), Map.entry("ro", "ro"),
      Map.entry("uk", "ua"), Map.entry("he", "il"), Map.entry("tr", "tr"), Map.entry("ja", "jp"),
      Map.entry("ko", "kr"), Map.entry("zh", "cn"), Map.entry("th", "th"), Map.entry("vi", "vn"));

  /** Generic and reused top-level domains that name no country. */
  private static final Map<String, String> DOMAIN_COUNTRY = Map.of("uk", "gb");

  /** Nearly all news is written between UTC-10 (Hawaii) and UTC+10 (eastern Australia), in minutes. */
  private static final int WRITING_BAND = 600;

  private LocalDay() {}

  /**
   * The country a page was written in, as an ISO code with a known offset band: from the host's
   * country-code domain, else a locale's region ({@code en-US}, {@code en_US}), else a language.
   */
  static Optional<String> country(String host, List<String> locales) {
    int dot = host.lastIndexOf('.');
    if (dot >= 0) {
      String tld = host.substring(dot + 1);
      String c = DOMAIN_COUNTRY.getOrDefault(tld, tld);
      if (OFFSETS.containsKey(c) && !tld.equals("co")) {
        return Optional.of(c);
      }
    }
    for (String locale : locales) {
      String l = locale.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      int dash = l.indexOf('-');
      if (dash > 0 && l.length() >= dash + 3 && OFFSETS.containsKey(l.substring(dash + 1, dash + 3))) {
        return Optional.of(l.substring(dash + 1, dash + 3));
      }
    }
    for (String locale : locales) {
      String l = locale.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      int dash = l.indexOf('-');
      String c = LANGUAGE_COUNTRY.get(dash > 0 ? l.substring(0, dash) : l);
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The day of {@code stated} (ISO, as {@link DateText#iso} writes it) where {@code country}
   * lies, when the time is stated in UTC and every offset of the country puts it on another day;
   * otherwise empty.
   */
  static Optional<LocalDate> shifted(String stated, String country) {
    int[] band = OFFSETS.get(country);
    if (band == null || !stated.endsWith("Z") || stated.length() < 16) {
      return Optional.empty();
    }
    int minutes = Integer.parseInt(stated.substring(11, 13)) * 60 + Integer.parseInt(stated.substring(14, 16));
    LocalDate day = LocalDate.parse(stated.substring(0, 10));
    if (minutes + band[1] < 0) {
      return Optional.of(day.minusDays(1));
    }
    if (minutes + band[0] >= 24 * 60) {
      return Optional.of(day.plusDays(1));
    }
    return Optional.empty();
  }

  /** True when an offset between -10 and +10 hours puts {@code stated} (UTC) on {@code day}. */
  static boolean couldBe(String stated, LocalDate day) {
    int minutes = Integer.parseInt(stated.substring(11, 13)) * 60 + Integer.parseInt(stated.substring(14, 16));
    LocalDate utc = LocalDate.parse(stated.substring(0, 10));
    if (day.equals(utc.minusDays(1))) {
      return minutes - WRITING_BAND < 0;
    }
    return day.equals(utc.plusDays(1)) && minutes + WRITING_BAND >= 24 * 60;
  }
}
