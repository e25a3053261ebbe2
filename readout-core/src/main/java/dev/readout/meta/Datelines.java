package dev.readout.meta;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the wire dateline that opens a story: {@code BEIJING, Feb. 4 (Xinhua) --},
 * {@code DUSHANBE, Sept. 16 (Xinhua) --}, {@code BEIJING -}, {@code WASHINGTON, March 3 -},
 * {@code SAN BERNARDINO, Calif., March 3 -}, {@code UNITED NATIONS (AP) —},
 * {@code 新华社北京4月24日电}.
 *
 * <p>The place must be written in capitals (or be followed by a date or an agency credit), so an
 * ordinary sentence that opens with a name and a dash is not taken for a dateline.
 */
public final class Datelines {

  /** A dateline found at the start of a paragraph; {@code end} is where the story text starts. */
  public record Found(String place, Optional<MonthDay> day, Optional<String> agency, int end) {}

  private static final String CAPS_PLACE = "\\p{Lu}[\\p{Lu}'’.\\-]*(?:\\s+\\p{Lu}[\\p{Lu}'’.\\-]*){0,3}";
  private static final String TITLE_PLACE = "\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+\\p{Lu}[\\p{L}'’.\\-]+){0,2}";
  private static final String REGION = "(?:\\s*,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?\\.?)?";
  private static final String DAY = "(?:\\s*,\\s*((?i:" + Months.PATTERN + "))\\s*(\\d{1,2})\\b)?";
  private static final String CREDIT = "(?:\\s*[(（]([^()（）]{2,40})[)）])?";
  private static final String DASH = "(?:\\s*(?:--|—|–)\\s*|\\s+-\\s+)";
  private static final Pattern CAPS =
      Pattern.compile("^\\s*(" + CAPS_PLACE + ")" + REGION + DAY + CREDIT + DASH);
  private static final Pattern TITLED = Pattern.compile("^\\s*(" + TITLE_PLACE + ")" + REGION + DAY + CREDIT + DASH);
  private static final Pattern HAN =
      Pattern.compile("^\\s*(新华社|中新社|中新网|人民网|央视网|中国日报网)([\\p{IsHan}]{2,10}?)(\\d{1,2})月(\\d{1,2})日(?:电|讯)(?:[(（][^)）]{0,30}[)）])?\\s*");

  private static final Pattern SENTENCE_START = Pattern.compile("^\\S+\\s+\\S*\\p{Ll}");

  private Datelines() {}

  /** The dateline that opens {@code paragraph}, if it opens with one. */
  public static Optional<Found> find(String paragraph) {
    Matcher m = HAN.matcher(paragraph);
    if (m.find()) {
      return Optional.of(
          new Found(m.group(2), day(m.group(3), m.group(4), true), Optional.of(m.group(1)), m.end()));
    }
    m = CAPS.matcher(paragraph);
    if (m.find() && isCaps(m.group(1)) && plausible(m) && sentenceFollows(m, paragraph)) {
      return Optional.of(found(m));
    }
    m = TITLED.matcher(paragraph);
    if (m.find() && (m.group(2) != null || m.group(4) != null) && plausible(m)) {
      return Optional.of(found(m));
    }
    return Optional.empty();
  }

  /**
   * A dateline with neither day nor agency ({@code BEIJING -}) is weak evidence: it counts only
   * when a sentence follows, not another capitals-only headline fragment.
   */
  private static boolean sentenceFollows(Matcher m, String paragraph) {
    if (m.group(2) != null || m.group(4) != null) {
      return true;
    }
    return SENTENCE_START.matcher(paragraph.substring(m.end())).find();
  }

  private static Found found(Matcher m) {
    return new Found(
        titleCase(m.group(1)),
        m.group(2) == null ? Optional.empty() : day(m.group(2), m.group(3), false),
        Optional.ofNullable(m.group(4)).map(String::strip),
        m.end());
  }

  /** The dash must be followed by story text, and a place has at least two letters. */
  private static boolean plausible(Matcher m) {
    return m.group(1).replaceAll("[^\\p{L}]", "").length() >= 2;
  }

  private static boolean isCaps(String s) {
    return s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
        && s.chars().filter(Character::isLetter).count() >= 2;
  }

  private static Optional<MonthDay> day(String month, String day, boolean numeric) {
    try {
      int mo = numeric ? Integer.parseInt(month) : Months.parse(month).orElse(0);
      return Optional.of(MonthDay.of(mo, Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** {@code SAN BERNARDINO} → {@code San Bernardino}, {@code ST. LOUIS} → {@code St. Louis}. */
  static String titleCase(String caps) {
    if (!isCaps(caps)) {
      return caps.strip();
    }
    StringBuilder sb = new StringBuilder();
    boolean start = true;
    for (char c : caps.strip().toLowerCase(Locale.ROOT).toCharArray()) {
      sb.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-' || c == '.';
    }
    return sb.toString();
  }
}
