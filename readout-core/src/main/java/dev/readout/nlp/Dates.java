package dev.readout.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds time expressions in a sentence and resolves them against a reference day (the dateline's
 * date, else the publication day): a weekday is the latest such day on or before the reference
 * ({@code said Thursday} under Friday 2021-02-05 is 2021-02-04), {@code Sept 11, 2020} is itself,
 * a month and day without a year takes the reference's year (the year before when that would lie
 * more than a week ahead), {@code from Sept. 10 to 16} is the interval
 * {@code 2020-09-10/2020-09-16}. Expressions such as {@code last week} are found but do not
 * resolve. Immutable.
 */
final class Dates {

  /** A time expression: tokens {@code [from, to)}, its ISO value when it resolves. */
  record Expr(int from, int to, Optional<String> value) {}

  private static final Map<String, Month> MONTHS =
      Map.ofEntries(
          Map.entry("january", Month.JANUARY), Map.entry("jan", Month.JANUARY),
          Map.entry("february", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
          Map.entry("march", Month.MARCH), Map.entry("mar", Month.MARCH),
          Map.entry("april", Month.APRIL), Map.entry("apr", Month.APRIL),
          Map.entry("may", Month.MAY), Map.entry("june", Month.JUNE), Map.entry("jun", Month.JUNE),
          Map.entry("july", Month.JULY), Map.entry("jul", Month.JULY),
          Map.entry("august", Month.AUGUST), Map.entry("aug", Month.AUGUST),
          Map.entry("september", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER),
          Map.entry("sep", Month.SEPTEMBER), Map.entry("october", Month.OCTOBER),
          Map.entry("oct", Month.OCTOBER), Map.entry("november", Month.NOVEMBER),
          Map.entry("nov", Month.NOVEMBER), Map.entry("december", Month.DECEMBER),
          Map.entry("dec", Month.DECEMBER));
  private static final Set<String> VAGUE =
      Set.of("week", "month", "year", "weekend", "recently", "ago", "earlier", "previously", "days", "weeks", "months", "years");

  private final Optional<LocalDate> ref;

  Dates(Optional<LocalDate> ref) {
    this.ref = ref;
  }

  Optional<LocalDate> reference() {
    return ref;
  }

  /** Every time expression of the tokens, in order. */
  List<Expr> find(List<Token> t) {
    List<Expr> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Expr e = at(t, i);
      if (e != null) {
        out.add(e);
        i = e.to() - 1;
      }
    }
    return out;
  }

  private Expr at(List<Token> t, int i) {
    String w = t.get(i).text();
    String lw = Lexicon.lower(w);
    if (Lexicon.WEEKDAYS.contains(w)) {
      String before = future(t, i) ? "next" : prev(t, i);
      return new Expr(i, i + 1, weekday(DayOfWeek.valueOf(w.toUpperCase(java.util.Locale.ROOT)), before));
    }
    if ((lw.equals("this") || lw.equals("last")) && i + 1 < t.size()
        && Set.of("morning", "afternoon", "evening", "night").contains(t.get(i + 1).lower())) {
      boolean last = lw.equals("last") && t.get(i + 1).lower().equals("night");
      return new Expr(i, i + 2, ref.map(d -> (last ? d.minusDays(1) : d).toString()));
    }
    switch (lw) {
      case "today", "tonight" -> {
        return new Expr(i, i + 1, ref.map(LocalDate::toString));
      }
      case "yesterday" -> {
        return new Expr(i, i + 1, ref.map(d -> d.minusDays(1).toString()));
      }
      case "tomorrow" -> {
        return new Expr(i, i + 1, ref.map(d -> d.plusDays(1).toString()));
      }
      default -> {}
    }
    if (VAGUE.contains(lw)) {
      return new Expr(i, i + 1, Optional.empty());
    }
    Month m = w.isEmpty() || !Character.isUpperCase(w.charAt(0)) ? null : MONTHS.get(lw);
    if (m == null) {
      return isYear(w) ? new Expr(i, i + 1, Optional.empty()) : null;
    }
    return monthDay(t, i, m);
  }

  /** Whether the sentence speaks of the future before token i ({@code will meet on Tuesday}). */
  static boolean future(List<Token> t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 9) && !t.get(k).is(","); k--) {
      String w = t.get(k).lower();
      if (w.equals("will") || w.equals("shall") || w.equals("begins") || w.equals("starts") || w.equals("due")) {
        return true;
      }
    }
    return false;
  }

  private static String prev(List<Token> t, int i) {
    return i > 0 ? t.get(i - 1).lower() : "";
  }

  private Optional<String> weekday(DayOfWeek d, String before) {
    if (before.equals("next")) {
      return ref.map(r -> r.with(TemporalAdjusters.next(d)).toString());
    }
    return ref.map(r -> r.with(TemporalAdjusters.previousOrSame(d)).toString());
  }

  /** Sept 11, 2020 / Sept. 10 to 16 / September 10-16 / March (unresolved). */
  private Expr monthDay(List<Token> t, int i, Month m) {
    int j = i + 1;
    if (j < t.size() && t.get(j).is(".")) {
      j++;
    }
    Integer day = number(t, j, 31);
    if (day == null) {
      return new Expr(i, j, Optional.empty());
    }
    j++;
    Integer endDay = null;
    if (j + 1 < t.size() && (t.get(j).is("to") || t.get(j).is("-") || t.get(j).is("–") || t.get(j).is("through"))) {
      endDay = number(t, j + 1, 31);
      if (endDay != null) {
        j += 2;
      }
    }
    Integer year = null;
    boolean comma = j + 1 < t.size() && t.get(j).is(",");
    Integer y0 = number(t, comma ? j + 1 : j, 2100);
    if (y0 != null && y0 >= 1900) {
      year = y0;
      j += comma ? 2 : 1;
    }
    int y = year != null ? year : inferYear(m, day);
    Optional<String> value = Optional.empty();
    if (year != null || ref.isPresent()) {
      LocalDate from = safe(y, m, day);
      LocalDate to = endDay == null ? null : safe(y, m, endDay);
      if (from != null) {
        value = Optional.of(to == null ? from.toString() : from + "/" + to);
      }
    }
    return new Expr(i, j, value);
  }

  private int inferYear(Month m, int day) {
    if (ref.isEmpty()) {
      return 0;
    }
    LocalDate r = ref.get();
    LocalDate d = safe(r.getYear(), m, day);
    return d != null && d.isAfter(r.plusDays(7)) ? r.getYear() - 1 : r.getYear();
  }

  private static LocalDate safe(int y, Month m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  static boolean isYear(String w) {
    return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && Character.isDigit(w.charAt(2))
        && Character.isDigit(w.charAt(3));
  }

  /** A number of up to four digits, perhaps with an ordinal ending ({@code 20th}); else null. */
  private static Integer number(List<Token> t, int i, int max) {
    if (i >= t.size()) {
      return null;
    }
    String w = t.get(i).text();
    int d = 0;
    while (d < w.length() && d < 5 && w.charAt(d) >= '0' && w.charAt(d) <= '9') {
      d++;
    }
    String rest = w.substring(d);
    if (d == 0 || d > 4 || !(rest.isEmpty() || Set.of("st", "nd", "rd", "th").contains(rest))) {
      return null;
    }
    int n = Integer.parseInt(w.substring(0, d));
    return n >= 1 && n <= max ? n : null;
  }
}
