package dev.readout.html;

import dev.readout.text.Tsv;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The publisher's own day for a time stated in UTC. A page's day is the day where it was
 * written: {@code 2020-08-25T00:23Z} on a Canadian page is the evening of the 24th in every
 * Canadian zone. The country comes from the host's country-code domain, else from the page's
 * locale ({@code en-US}, {@code en_US}), else from a language spoken in one band of zones
 * ({@code it}, {@code ja}; {@code local-days.tsv}); a day moves only when every zone of the
 * country (ICU's zone list, java.time's rules at that instant, summer time included) puts the
 * time on that other day.
 *
 * <p>Thread-safe: the per-country zone lists are cached in a concurrent map.
 */
final class LocalDay {

  private static final Map<String, String> LANGUAGE_COUNTRY = new HashMap<>();
  private static final Set<String> GENERIC_DOMAINS = new HashSet<>();

  static {
    for (String[] row : Tsv.read(LocalDay.class, "local-days.tsv", 3)) {
      if (row[0].equals("language")) {
        LANGUAGE_COUNTRY.put(row[1], row[2]);
      } else if (row[0].equals("generic")) {
        GENERIC_DOMAINS.add(row[1]);
      } else {
        throw new IllegalStateException("local-days.tsv: unknown row kind " + row[0]);
      }
    }
  }

  private static final Map<String, List<ZoneId>> ZONES = new ConcurrentHashMap<>();

  /** Nearly all news is written between UTC-10 (Hawaii) and UTC+10 (eastern Australia), in minutes. */
  private static final int WRITING_BAND = 600;

  private LocalDay() {}

  /**
   * The country a page was written in, as a lower-case ISO 3166 code with known time zones: from
   * the host's country-code domain, else a locale's region ({@code en-US}, {@code en_US}), else a
   * language.
   */
  static Optional<String> country(String host, List<String> locales) {
    int dot = host.lastIndexOf('.');
    if (dot >= 0) {
      String tld = host.substring(dot + 1).toLowerCase(Locale.ROOT);
      String c = tld.equals("uk") ? "gb" : tld;
      if (!GENERIC_DOMAINS.contains(tld) && !zones(c).isEmpty()) {
        return Optional.of(c);
      }
    }
    for (String locale : locales) {
      String l = locale.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      int dash = l.indexOf('-');
      if (dash > 0 && l.length() == dash + 3 && !zones(l.substring(dash + 1)).isEmpty()) {
        return Optional.of(l.substring(dash + 1));
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
   * lies, when the time is stated in UTC and every zone of the country puts it on one other day;
   * otherwise empty.
   */
  static Optional<LocalDate> shifted(String stated, String country) {
    List<ZoneId> zones = zones(country);
    if (zones.isEmpty() || !stated.endsWith("Z") || stated.length() < 16) {
      return Optional.empty();
    }
    Instant at;
    try {
      at = Instant.parse(stated.length() == 17 ? stated.substring(0, 16) + ":00Z" : stated);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    LocalDate utcDay = LocalDate.ofInstant(at, ZoneOffset.UTC);
    LocalDate day = null;
    for (ZoneId z : zones) {
      LocalDate local = LocalDate.ofInstant(at, z);
      if (local.equals(utcDay) || (day != null && !day.equals(local))) {
        return Optional.empty();
      }
      day = local;
    }
    return Optional.of(day);
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

  /** The zones ICU lists for a country code; empty for a code that is no country. */
  static List<ZoneId> zones(String country) {
    if (country.length() != 2) {
      return List.of();
    }
    return ZONES.computeIfAbsent(country, c -> {
      List<ZoneId> out = new ArrayList<>();
      for (String id : com.ibm.icu.util.TimeZone.getAvailableIDs(c.toUpperCase(Locale.ROOT))) {
        try {
          out.add(ZoneId.of(id));
        } catch (DateTimeException e) {
          // an ICU-only alias java.time does not know: its canonical zone is listed too
        }
      }
      return List.copyOf(out);
    });
  }
}
