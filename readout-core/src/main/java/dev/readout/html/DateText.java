package dev.readout.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as pages write them and renders them as ISO-8601: {@code 2021-02-05},
 * {@code 2021-02-05T10:09}, {@code 2021-02-05T10:09:00+08:00}. A time or zone appears only when the
 * source states it. Machine forms (ISO, compact {@code 20210205}) come from {@link #iso}; forms in
 * running text (month names in any language ICU knows, see {@link CalendarNames}; {@code 5.2.2021}, {@code 2021年2月5日}) from
 * {@link #inText}.
 */
final class DateText {

  private static final Pattern ISO =
      Pattern.compile(
          "^(\\d{4})[-/.]?(\\d{1,2})[-/.]?(\\d{1,2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{1,2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?");
  private static final Pattern YMD = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern DMY = Pattern.compile("(?<!\\d)(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?!\\d)");
  private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?([\\p{L}\\p{M}]{3,})\\.?(?:\\s*/\\s*[\\p{L}\\p{M}]{3,})?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
  private static final Pattern WEEKDAY_SHORT_YEAR =
      Pattern.compile("(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]{2,})\\.?,?\\s+(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?!\\d|\\.\\d)");
  private static final Pattern MONTH_DAY =
      Pattern.compile("([\\p{L}\\p{M}]{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");

  private DateText() {}

  /** A machine-written date (metadata, {@code datetime} attributes), else a date in text. */
  static Optional<String> iso(String s) {
    String t = s.strip();
    Matcher m = ISO.matcher(t);
    if (m.find()) {
      Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        return Optional.of(render(d.get(), m));
      }
    }
    return inText(t);
  }

  private static String render(LocalDate d, Matcher m) {
    StringBuilder b = new StringBuilder(d.toString());
    if (m.group(4) == null) {
      return b.toString();
    }
    int h = Integer.parseInt(m.group(4));
    int min = Integer.parseInt(m.group(5));
    if (h > 23 || min > 59) {
      return b.toString();
    }
    b.append('T').append(two(h)).append(':').append(two(min));
    String zone = m.group(7);
    if (m.group(6) != null) {
      b.append(':').append(two(Math.min(59, Integer.parseInt(m.group(6)))));
    } else if (zone != null) {
      b.append(":00");
    }
    if (zone != null) {
      b.append(offset(zone));
    }
    return b.toString();
  }

  private static String offset(String zone) {
    if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
      return "Z";
    }
    String digits = zone.replace(":", "");
    String o = digits.substring(0, 3) + ":" + digits.substring(3);
    return o.equals("+00:00") || o.equals("-00:00") ? "Z" : o;
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  /** The first date written in running text, as {@code yyyy-MM-dd}. */
  static Optional<String> inText(String s) {
    Optional<LocalDate> d = firstDate(s);
    return d.map(LocalDate::toString);
  }

  static Optional<LocalDate> firstDate(String text) {
    String s = asciiDigits(text);
    if (s.length() < 6) {
      return Optional.empty();
    }
    return withFullYear(s).or(() -> weekdayAndShortYear(s));
  }

  /**
   * A day-month-year with a two-digit year read only behind a weekday it falls on, as German
   * pages write their time lines ({@code Do 25.04.24 | 14:07 Uhr}): the weekday is what tells
   * the date from a version number or a score.
   */
  private static Optional<LocalDate> weekdayAndShortYear(String s) {
    Matcher m = WEEKDAY_SHORT_YEAR.matcher(s);
    while (m.find()) {
      Optional<LocalDate> d = date("20" + m.group(4), m.group(3), m.group(2));
      if (d.isPresent() && CalendarNames.weekdays(m.group(1)).contains(d.get().getDayOfWeek())) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> withFullYear(String s) {
    if (!hasFourDigits(s)) {
      return Optional.empty();
    }
    Optional<LocalDate> best = Optional.empty();
    int at = Integer.MAX_VALUE;
    Matcher m = CJK.matcher(s);
    if (m.find() && m.start() < at) {
      Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        best = d;
        at = m.start();
      }
    }
    m = YMD.matcher(s);
    if (m.find() && m.start() < at) {
      Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        best = d;
        at = m.start();
      }
    }
    m = DMY.matcher(s);
    if (m.find() && m.start() < at) {
      Optional<LocalDate> d = dayMonth(m.group(1), m.group(3), m.group(4), m.group(2).equals("/"));
      if (d.isPresent()) {
        best = d;
        at = m.start();
      }
    }
    m = DAY_MONTH.matcher(s);
    while (m.find() && m.start() < at) {
      Integer month = month(m.group(2));
      if (month != null) {
        Optional<LocalDate> d = date(m.group(3), month.toString(), m.group(1));
        if (d.isPresent()) {
          best = d;
          at = m.start();
          break;
        }
      }
    }
    m = MONTH_DAY.matcher(s);
    while (m.find() && m.start() < at) {
      Integer month = month(m.group(1));
      if (month != null) {
        Optional<LocalDate> d = date(m.group(3), month.toString(), m.group(2));
        if (d.isPresent()) {
          best = d;
          break;
        }
      }
    }
    return best;
  }

  /**
   * {@code s} with every decimal digit of another script (Arabic-Indic {@code ٢٠٢٠}, Persian,
   * Bengali {@code ২০২০}, Devanagari, ...) written as its ASCII digit, so one set of patterns
   * reads them all; the same string when it has none.
   */
  static String asciiDigits(String s) {
    StringBuilder b = null;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c > 127 && Character.isDigit(c)) {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
      }
    }
    return b == null ? s : b.toString();
  }

  /** Every date form here has a four-digit year. */
  private static boolean hasFourDigits(String s) {
    int run = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run == 4) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  private static Optional<LocalDate> dayMonth(String a, String b, String year, boolean slash) {
    int x = Integer.parseInt(a);
    int y = Integer.parseInt(b);
    boolean monthFirst = slash && x <= 12 && y > 12 || slash && x <= 12 && y <= 12;
    if (x > 12) {
      monthFirst = false;
    }
    return monthFirst ? date(year, a, b) : date(year, b, a);
  }

  /** A short line that is mostly a date: a dateline or timestamp, not a sentence. */
  static boolean looksLikeDateLine(String s) {
    if (s.length() > 80) {
      return false;
    }
    int words = 1;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ') {
        words++;
      }
    }
    return words <= 10 && firstDate(s).isPresent();
  }

  static Optional<LocalDate> date(String y, String m, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < 1990 || year > 2100) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Integer month(String word) {
    OptionalInt m = CalendarNames.month(word);
    return m.isPresent() ? m.getAsInt() : null;
  }
}
