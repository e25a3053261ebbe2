package dev.readout.extract;

import java.util.regex.Pattern;

/** Photo and video captions: a credit mark at the end ({@code [Photo/Xinhua]}) or a caption lead. */
final class Captions {

  private static final Pattern CREDIT_END =
      Pattern.compile(
          "(\\[\\s*(photo|video|file photo|图|摄)[^\\]]{0,60}\\]|\\(\\s*(photo|video|file photo|picture|图|摄)\\b[^)]{0,60}\\)"
              + "|\\(\\s*(xinhua|reuters|ap|afp|epa|getty images|tass|ria novosti|kyodo|yonhap|ani|cfp|ecns|vcg|china daily)\\s*/[^)]{1,60}\\)"
              + "|[\\[(（【]\\s*(photo|图片|图|摄影?)\\s*[:：/][^\\])）】]{1,60}[\\])）】])\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CAPTION_LEAD =
      Pattern.compile(
          "^(photo taken on|file photo|this (undated )?(photo|picture|handout)|photo:|pictured:)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Captions() {}

  /** Credit marks are short and end the line: only the tail is searched. */
  private static final int TAIL = 90;

  static boolean isCaption(String line) {
    int n = line.length();
    char last = n == 0 ? ' ' : line.charAt(n - 1);
    boolean closes = last == ']' || last == ')' || last == '）' || last == '】';
    return (closes && CREDIT_END.matcher(line).region(Math.max(0, n - TAIL), n).find())
        || CAPTION_LEAD.matcher(line).lookingAt();
  }
}
