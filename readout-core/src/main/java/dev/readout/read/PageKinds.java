package dev.readout.read;

import dev.readout.model.Page;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells HTML from plain text. A declared HTML type is believed; a declared plain-text type only
 * yields to a page that opens like an HTML document; with no declaration the first characters
 * decide. Matching is ASCII case-insensitive, independent of the default locale.
 */
final class PageKinds {

  private static final int LOOK = 4 * 1024;

  private static final String[] DOCUMENT_STARTS = {"<!doctype html", "<html", "<head", "<body"};

  private static final Pattern TAG =
      Pattern.compile(
          "<(p|div|br|a|span|table|tr|td|meta|title|script|style|link|h[1-6]|ul|ol|li|article|section"
              + "|header|footer|nav|main|iframe|img|form|b|i|em|strong|html|head|body)[\\s>/]",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DOCUMENT_TAG =
      Pattern.compile("<(!doctype\\s+html|html|body|head)[\\s>]", Pattern.CASE_INSENSITIVE);

  private PageKinds() {}

  static Page.Kind of(String text, Optional<String> contentType) {
    String base = contentType.map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT)).orElse("");
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      return Page.Kind.HTML;
    }
    if (base.equals("text/plain")) {
      return opensLikeDocument(text) ? Page.Kind.HTML : Page.Kind.TEXT;
    }
    return looksLikeHtml(text) ? Page.Kind.HTML : Page.Kind.TEXT;
  }

  /**
   * Whether undeclared text is HTML: it opens with a tag and has a known HTML tag near the top, or
   * it has a document tag ({@code <html>}, {@code <body>}) near the top after some leading junk.
   */
  static boolean looksLikeHtml(String text) {
    String head = head(text);
    if (head.startsWith("<") || head.startsWith("\uFEFF<")) {
      return TAG.matcher(head).find();
    }
    return DOCUMENT_TAG.matcher(head).find();
  }

  private static boolean opensLikeDocument(String text) {
    String head = head(text).toLowerCase(Locale.ROOT);
    if (head.startsWith("<?xml")) {
      return head.contains("<html");
    }
    for (String start : DOCUMENT_STARTS) {
      if (head.startsWith(start)) {
        return true;
      }
    }
    return false;
  }

  private static String head(String text) {
    String head = text.length() > LOOK ? text.substring(0, LOOK) : text;
    return head.stripLeading();
  }
}
