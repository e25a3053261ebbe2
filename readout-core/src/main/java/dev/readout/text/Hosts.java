package dev.readout.text;

import crawlercommons.domains.EffectiveTldFinder;
import java.util.Locale;
import java.util.Optional;

/**
 * Host names read with the public-suffix list (crawler-commons' {@link EffectiveTldFinder}), so
 * that {@code edition.cnn.com} belongs to {@code cnn.com} and {@code news.bbc.co.uk} to {@code
 * bbc.co.uk}: the part before the suffix names the site, whatever subdomain a page sits on. Pure
 * static functions; host names are compared in {@link Locale#ROOT}.
 */
public final class Hosts {

  private Hosts() {}

  /**
   * The registrable domain of a host ({@code news.bbc.co.uk} → {@code bbc.co.uk}); empty for a
   * host under no known public suffix (an IP address, {@code localhost}) or a bare suffix.
   */
  public static Optional<String> registrableDomain(String host) {
    String h = normal(host);
    return h.isEmpty() ? Optional.empty() : Optional.ofNullable(EffectiveTldFinder.getAssignedDomain(h, true, false));
  }

  /**
   * The label that names the site: the registrable domain without its public suffix ({@code
   * edition.cnn.com} → {@code cnn}, {@code www.bbc.co.uk} → {@code bbc}); for a host the list
   * does not know, its first label after {@code www.}.
   */
  public static String siteLabel(String host) {
    String h = registrableDomain(host).orElseGet(() -> normal(host).replaceFirst("^www\\.", ""));
    int dot = h.indexOf('.');
    return dot > 0 ? h.substring(0, dot) : h;
  }

  /**
   * The country a host's top-level domain names, as an ISO 3166-1 alpha-2 code ({@code
   * chinadaily.com.cn} → {@code CN}, {@code bbc.co.uk} → {@code GB}); empty for generic domains
   * ({@code .com}, {@code .eu}) and hosts under no known suffix.
   */
  public static Optional<String> country(String host) {
    Optional<String> domain = registrableDomain(host);
    if (domain.isEmpty()) {
      return Optional.empty();
    }
    String d = domain.get();
    String tld = d.substring(d.lastIndexOf('.') + 1);
    if (tld.length() != 2 || tld.equals("eu")) {
      return Optional.empty();
    }
    return Optional.of(tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT));
  }

  private static String normal(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }
}
