package dev.readout.meta;

import dev.readout.text.Tsv;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Known outlets by host and by the names their pages print, from outlets.tsv. Thread-safe. */
final class Outlets {

  private record Outlet(String name, List<String> hosts, Pattern names) {}

  private static final List<Outlet> ALL = new ArrayList<>();
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)([\\w.-]+)", Pattern.CASE_INSENSITIVE);

  static {
    for (String[] row : Tsv.read(Outlets.class, "outlets.tsv", 3)) {
      StringBuilder alt = new StringBuilder();
      for (String n : row[2].split("\\|")) {
        alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(n));
      }
      ALL.add(
          new Outlet(
              row[0], List.of(row[1].split("\\|")), Pattern.compile("(?<![\\p{L}])(?:" + alt + ")(?![\\p{L}])")));
    }
  }

  private Outlets() {}

  /** The outlet a host belongs to: a known outlet's name, else the host without {@code www.}. */
  static Optional<String> byHost(String host) {
    String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    if (h.isBlank()) {
      return Optional.empty();
    }
    for (Outlet o : ALL) {
      for (String known : o.hosts) {
        if (h.equals(known) || h.endsWith("." + known)) {
          return Optional.of(o.name);
        }
      }
    }
    return Optional.of(h);
  }

  static Optional<String> byUri(URI uri) {
    return Optional.ofNullable(uri.getHost()).flatMap(Outlets::byHost);
  }

  /** The first known outlet named in a text (a copyright line, a masthead), by position. */
  static Optional<String> byName(String text) {
    String best = null;
    int at = Integer.MAX_VALUE;
    for (Outlet o : ALL) {
      Matcher m = o.names.matcher(text);
      if (m.find() && m.start() < at) {
        at = m.start();
        best = o.name;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The host of the first URL in a text, as an outlet. */
  static Optional<String> byUrlIn(String text) {
    Matcher m = URL.matcher(text);
    return m.find() ? byHost(m.group(1)) : Optional.empty();
  }
}
