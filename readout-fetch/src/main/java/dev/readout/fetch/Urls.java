package dev.readout.fetch;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one spelling of a URL that decides whether a page was fetched before: crawler-commons'
 * {@link BasicURLNormalizer} (lower-case scheme and host, default port and fragment dropped, dot
 * segments resolved, percent-encoding made uniform), http and https only.
 */
final class Urls {

  private static final BasicURLNormalizer NORMALIZER = new BasicURLNormalizer();

  private Urls() {}

  /** The normal form of {@code url}, or empty if it is not an absolute http(s) URL. */
  static Optional<URI> normalize(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String trimmed = url.strip();
    String scheme = trimmed.contains(":") ? trimmed.substring(0, trimmed.indexOf(':')).toLowerCase(Locale.ROOT) : "";
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.empty();
    }
    // Not idempotent in one pass ("host.." becomes "host." and only then "host"): repeat to a fixpoint.
    String normal = trimmed;
    for (int pass = 0; pass < 4 && normal != null; pass++) {
      String next = NORMALIZER.filter(normal);
      if (normal.equals(next)) {
        break;
      }
      normal = next;
    }
    if (normal == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(normal);
      return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** {@code ref} resolved against {@code base} and normalised. */
  static Optional<URI> resolve(URI base, String ref) {
    try {
      return normalize(base.resolve(new URI(ref.strip())).toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return normalize(ref);
    }
  }

  /** The key under which politeness and robots.txt are kept: scheme, host and port. */
  static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
