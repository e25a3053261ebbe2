package dev.readout.meta;

import dev.readout.model.StatedTime;
import dev.readout.text.Scripts;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a stated date, and the time and zone next to it, in a line of text. Knows the layouts
 * news pages use: ISO ({@code 2021-02-05 10:09}), Chinese ({@code 2021年2月5日}), wire
 * ({@code 26-FEB-1987 15:01:01.79}), two-digit day-month-year ({@code 17-09-21 09:01 BJT}),
 * written ({@code Feb. 4, 2021}, {@code 4 February 2021}) and dotted day-month-year.
 *
 * <p>Nothing is invented: no time when none is printed, no zone when none is named, and none
 * for an abbreviation that means different zones in different countries unless the page's
 * country says which.
 */
public final class Dates {

  private static final String TIME = "(?:[T\\s,]*(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*([ap]\\.?m\\.?)?)?";
  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)" + TIME, F);
  private static final Pattern HAN = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日" + TIME, F);
  private static final Pattern WIRE =
      Pattern.compile("(?<!\\d)(\\d{1,2})-(" + Months.PATTERN + ")-(\\d{4})" + TIME, F);
  private static final Pattern SHORT = Pattern.compile("(?<![\\d-])(\\d{2})-(\\d{2})-(\\d{2})(?![\\d-])" + TIME, F);
  private static final Pattern MDY =
      Pattern.compile("\\b(" + Months.PATTERN + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b" + TIME, F);
  private static final Pattern DMY =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(" + Months.PATTERN + ")\\s+(\\d{4})\\b" + TIME, F);
  private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])" + TIME, F);

  private Dates() {}

  /** The first date stated in {@code text}. */
  public static Optional<StatedTime> find(String text) {
    return find(text, Optional.empty());
  }

  /**
   * The first date stated in {@code text}. {@code near}, a day the page states elsewhere (its
   * dateline), settles the order of an ambiguous two-digit {@code NN-NN-NN} date; without it such a
   * date is read day-month-year.
   */
  public static Optional<StatedTime> find(String text, Optional<MonthDay> near) {
    return find(text, near, Optional.empty());
  }

  /**
   * The first date stated in {@code text}, as {@link #find(String, Optional)} reads it, with
   * {@code country} (the page's ISO 3166-1 alpha-2 code) to read an ambiguous zone abbreviation:
   * {@code CST} is +08:00 on a Chinese page, -06:00 on an American one, and no zone without one.
   */
  public static Optional<StatedTime> find(String text, Optional<MonthDay> near, Optional<String> country) {
    if (!Scripts.hasDigit(text)) {
      return Optional.empty();
    }
    Matcher m;
    if ((m = ISO.matcher(text)).find() || (m = HAN.matcher(text)).find()) {
      return build(text, m, country, num(m, 1), num(m, 2), num(m, 3), 4);
    }
    if ((m = WIRE.matcher(text)).find()) {
      return build(text, m, country, num(m, 3), Months.parse(m.group(2)).orElse(0), num(m, 1), 4);
    }
    if ((m = MDY.matcher(text)).find()) {
      return build(text, m, country, num(m, 3), Months.parse(m.group(1)).orElse(0), num(m, 2), 4);
    }
    if ((m = DMY.matcher(text)).find()) {
      return build(text, m, country, num(m, 3), Months.parse(m.group(2)).orElse(0), num(m, 1), 4);
    }
    if ((m = DOTTED.matcher(text)).find()) {
      return build(text, m, country, num(m, 3), num(m, 2), num(m, 1), 4);
    }
    if ((m = SHORT.matcher(text)).find()) {
      int a = num(m, 1);
      int b = num(m, 2);
      int c = num(m, 3);
      boolean ymd = near.map(d -> closer(d, b, c, b, a)).orElse(false);
      return ymd ? build(text, m, country, 2000 + a, b, c, 4) : build(text, m, country, 2000 + c, b, a, 4);
    }
    return Optional.empty();
  }


  /** Whether month-day (m1, d1) is nearer after {@code near} than (m2, d2). */
  private static boolean closer(MonthDay near, int m1, int d1, int m2, int d2) {
    return distance(near, m1, d1) < distance(near, m2, d2);
  }

  private static int distance(MonthDay near, int m, int d) {
    try {
      int diff = LocalDate.of(2000, m, d).getDayOfYear() - near.atYear(2000).getDayOfYear();
      return diff < 0 ? 400 - diff : diff;
    } catch (DateTimeException e) {
      return Integer.MAX_VALUE;
    }
  }

  private static Optional<StatedTime> build(String text, Matcher m, Optional<String> country, int y, int mo, int d, int timeGroup) {
    try {
      LocalDate date = LocalDate.of(y, mo, d);
      if (y < 1900 || y > 2100) {
        return Optional.empty();
      }
      if (m.group(timeGroup) == null) {
        return Optional.of(StatedTime.ofDate(date));
      }
      int h = num(m, timeGroup);
      String ampm = m.group(timeGroup + 3);
      if (ampm != null && h <= 12) {
        h = (h % 12) + (Character.toLowerCase(ampm.charAt(0)) == 'p' ? 12 : 0);
      }
      int s = m.group(timeGroup + 2) == null ? 0 : num(m, timeGroup + 2);
      LocalTime time = LocalTime.of(h, num(m, timeGroup + 1), s);
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 24));
      Optional<ZoneOffset> zone = Zones.find(after, country);
      return Optional.of(StatedTime.of(date, time, zone));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int num(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }
}
