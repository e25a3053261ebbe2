package dev.readout.server.chart;

import java.util.Locale;

/** Writes SVG elements with every attribute value and text escaped. Not thread-safe; one per drawing. */
final class Svg {

  private final StringBuilder out = new StringBuilder(4096);

  Svg(int width, int height, String label) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\" font-family=\"sans-serif\" font-size=\"11\">")
        .append("<title>").append(escape(label)).append("</title>");
  }

  /** Opens {@code name} with attributes given as name, value pairs. */
  Svg open(String name, Object... attributes) {
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escape(format(attributes[i + 1]))).append('"');
    }
    out.append('>');
    return this;
  }

  Svg close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /** An element with text content (or none). */
  Svg element(String name, String text, Object... attributes) {
    open(name, attributes);
    out.append(escape(text));
    return close(name);
  }

  /** A mark that links to {@code href} and says {@code title} on hover. */
  Svg linked(String href, String title, String name, Object... attributes) {
    open("a", "href", href);
    open(name, attributes);
    element("title", title);
    close(name);
    return close("a");
  }

  @Override
  public String toString() {
    return out + "</svg>";
  }

  static String format(Object v) {
    if (v instanceof Double d) {
      double rounded = Math.round(d * 100) / 100.0;
      return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.2f", rounded).replaceAll("0$", "");
    }
    return String.valueOf(v);
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // XML 1.0 forbids most control characters even as references: drop them.
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
