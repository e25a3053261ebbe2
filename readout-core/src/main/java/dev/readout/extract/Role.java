package dev.readout.extract;

import dev.readout.model.Removed;
import dev.readout.text.Script;
import dev.readout.text.Scripts;
import java.util.Optional;
import java.util.regex.Pattern;

/** What one unit of a plain-text page is, judged on its own (position comes later). */
final class Role {

  static final String PROSE = "prose";
  static final String CAPTION = "caption";
  static final String OTHER = "other";

  private static final Pattern URL = Pattern.compile("(https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  private static final Pattern DATE_OR_TIME =
      Pattern.compile(
          "\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}|\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\b"
              + "|\\b\\d{1,2}-(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-\\d{2,4}\\b"
              + "|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4}\\b"
              + "|\\b\\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{4}\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern META_LABEL =
      Pattern.compile(
          "(by|editor|editors|edited by|source|sources|author|authors|reporter|reporters|written by|updated|published|posted|date|"
              + "责任编辑|编辑|来源|作者|记者|发布时间|autor|quelle|auteur|source\\s?:|fuente|[Аа]втор|[Ии]сточник)\\s*[:：|]?\\s*\\S",
          Pattern.CASE_INSENSITIVE);
  private static final String ENDERS = ".!?。！？";
  private static final String CLOSERS = "\"'”’)）";

  private Role() {}

  /**
   * The role of a unit, or a removal reason from {@link Removed.Reason}: spam and furniture rules
   * first, then captions, metadata lines and source URLs, then prose.
   */
  static String of(String text, int words, Script articleScript, LineRules rules) {
    if (Spam.isKeywordRun(text, articleScript)) {
      return Removed.Reason.SPAM;
    }
    if (Captions.isCaption(text)) {
      return CAPTION;
    }
    Optional<String> rule = rules.reason(text, words);
    if (rule.isPresent()) {
      return rule.get();
    }
    if (words <= 16 && (Scripts.hasDigit(text) && DATE_OR_TIME.matcher(text).find() || META_LABEL.matcher(text).lookingAt())) {
      return Removed.Reason.METADATA;
    }
    if (words <= 12 && EMAIL.matcher(text).find()) {
      return Removed.Reason.METADATA;
    }
    if (words <= 12 && URL.matcher(text).find()) {
      return Removed.Reason.SOURCE_URL;
    }
    if (isProse(text, words)) {
      return PROSE;
    }
    return OTHER;
  }


  static boolean isProse(String text, int words) {
    return words >= 25 || (words >= 6 && endsSentence(text));
  }

  /** Ends with . ! ? (or their full-width forms), maybe followed by closing quotes or brackets. */
  private static boolean endsSentence(String text) {
    int i = text.length() - 1;
    while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ENDERS.indexOf(text.charAt(i)) >= 0;
  }
}
