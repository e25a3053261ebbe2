package dev.readout.meta;

import dev.readout.text.Tsv;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a stated month and day its year, from evidence in the page only: the publication date
 * when the page states one; otherwise a weekday named in the lead together with the earliest year
 * the text can have been written (terms such as COVID-19, years it mentions). Without such
 * evidence the year stays unknown. The clock is never read.
 */
final class Years {

  private static final Map<String, Integer> ERAS = new HashMap<>();
  private static final Pattern ERA_TERMS;
  private static final Pattern YEAR = Pattern.compile("(?<![\\w-])((?:19|20)\\d{2})(?![\\w-])");
  private static final Pattern FUTURE_CUE =
      Pattern.compile("(?:by|until|till|before|to|through|towards?)\\s+(?:the\\s+end\\s+of\\s+)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  /** How far past the earliest possible year a weekday match is still believed. */
  private static final int HORIZON = 12;

  static {
    StringBuilder alt = new StringBuilder();
    for (String[] row : Tsv.read(Years.class, "eras.tsv", 2)) {
      ERAS.put(row[1].toLowerCase(Locale.ROOT), Integer.parseInt(row[0]));
      alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(row[1]));
    }
    ERA_TERMS = Pattern.compile("(?<![\\w-])(?:" + alt + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
  }

  private Years() {}

  /** The full date of {@code day}, if evidence settles the year. */
  static Optional<LocalDate> resolve(MonthDay day, Optional<LocalDate> published, String lead, String text) {
    if (published.isPresent()) {
      return Optional.of(nearest(day, published.get()));
    }
    Matcher w = WEEKDAY.matcher(lead);
    OptionalInt floor = floor(text);
    if (!w.find() || floor.isEmpty()) {
      return Optional.empty();
    }
    DayOfWeek weekday = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
    for (int y = floor.getAsInt(); y <= floor.getAsInt() + HORIZON; y++) {
      if (!day.isValidYear(y)) {
        continue;
      }
      LocalDate d = day.atYear(y);
      // Wire copy names the weekday of the dateline's day or of the day before it.
      if (d.getDayOfWeek() == weekday || d.minusDays(1).getDayOfWeek() == weekday) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The year of {@code day} closest to {@code near}: a Dec. 31 dateline on a Jan. 1 page is last year's. */
  static LocalDate nearest(MonthDay day, LocalDate near) {
    LocalDate best = null;
    for (int y = near.getYear() - 1; y <= near.getYear() + 1; y++) {
      if (!day.isValidYear(y)) {
        continue;
      }
      LocalDate d = day.atYear(y);
      if (best == null || Math.abs(d.toEpochDay() - near.toEpochDay()) < Math.abs(best.toEpochDay() - near.toEpochDay())) {
        best = d;
      }
    }
    return best == null ? near : best;
  }

  /** The earliest year the text can have been written in, from dated terms and years it mentions as past. */
  static OptionalInt floor(String text) {
    int floor = 0;
    Matcher t = ERA_TERMS.matcher(text);
    while (t.find()) {
      floor = Math.max(floor, ERAS.get(t.group().toLowerCase(Locale.ROOT)));
    }
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      String before = text.substring(Math.max(0, m.start() - 20), m.start());
      if (y > floor && !FUTURE_CUE.matcher(before).find()) {
        floor = y;
      }
    }
    return floor == 0 ? OptionalInt.empty() : OptionalInt.of(floor);
  }
}
