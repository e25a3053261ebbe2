package dev.readout.meta;

import dev.readout.text.Gazetteer;
import dev.readout.text.Hosts;
import dev.readout.text.Tsv;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Known outlets by host and by the names their pages print, from outlets.tsv. Thread-safe. */
final class Outlets {

  private record Outlet(String name, List<String> hosts) {}

  private static final List<Outlet> ALL = new ArrayList<>();
  private static final Gazetteer NAMES;
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)([\\w.-]+)", Pattern.CASE_INSENSITIVE);

  static {
    Map<String, List<String>> names = new LinkedHashMap<>();
    for (String[] row : Tsv.read(Outlets.class, "outlets.tsv", 3)) {
      ALL.add(new Outlet(row[0], List.of(row[1].split("\\|"))));
      names.put(row[0], List.of(row[2].split("\\|")));
    }
    NAMES = new Gazetteer(names);
  }

  private Outlets() {}

  /**
   * The outlet a host belongs to: a known outlet's name ({@code edition.cnn.com} is CNN), else
   * the host's registrable domain by the public-suffix list ({@code news.example.co.uk} is {@code
   * example.co.uk}), else the host without {@code www.}.
   */
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
    return Optional.of(Hosts.registrableDomain(h).orElse(h));
  }

  static Optional<String> byUri(URI uri) {
    return Optional.ofNullable(uri.getHost()).flatMap(Outlets::byHost);
  }

  /** The first known outlet named in a text (a copyright line, a masthead). */
  static Optional<String> byName(String text) {
    return NAMES.find(text);
  }

  /** The host of the first URL in a text, as an outlet. */
  static Optional<String> byUrlIn(String text) {
    Matcher m = URL.matcher(text);
    return m.find() ? byHost(m.group(1)) : Optional.empty();
  }
}
