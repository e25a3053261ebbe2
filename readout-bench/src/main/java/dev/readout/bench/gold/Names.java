package dev.readout.bench.gold;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When two parties are the same actor, for the gold's matching rules (docs/quality.md, "NLP gold"):
 * a name or alias equal after normalisation (case, accents, punctuation, a leading "the"), the
 * system id's name part ({@code person:wang-yi} is "wang yi"), one name ending in the whole of the
 * other ("Shultz" for "George Shultz"), or a country standing for its government.
 */
final class Names {

  private Names() {}

  static boolean same(Layers.Party a, Layers.Party b) {
    List<String> as = names(a).toList();
    List<String> bs = names(b).toList();
    for (String x : as) {
      for (String y : bs) {
        if (x.equals(y) || endsWith(x, y) || endsWith(y, x)) {
          return true;
        }
      }
    }
    return a.state() && b.state() && a.country().isPresent() && a.country().equals(b.country());
  }

  /** {@link #same}, or both parties carry the same country (the events layer's "by id or country"). */
  static boolean sameOrCountry(Layers.Party a, Layers.Party b) {
    return same(a, b) || (a.country().isPresent() && a.country().equals(b.country()));
  }

  static boolean anySame(List<Layers.Party> gold, List<Layers.Party> pred, boolean byCountry) {
    return gold.stream().anyMatch(g -> pred.stream().anyMatch(p -> byCountry ? sameOrCountry(g, p) : same(g, p)));
  }

  private static Stream<String> names(Layers.Party p) {
    Stream<String> id = p.id().map(i -> i.substring(i.indexOf(':') + 1).replace('-', ' ')).stream();
    return Stream.concat(Stream.concat(Stream.of(p.name()), p.aliases().stream()), id)
        .map(Names::normalise)
        .filter(s -> !s.isEmpty());
  }

  /** Whether {@code longer}'s words end with all of {@code shorter}'s (a surname, a short form). */
  private static boolean endsWith(String longer, String shorter) {
    String[] l = longer.split(" ");
    String[] s = shorter.split(" ");
    if (s.length >= l.length || s[s.length - 1].length() < 3) {
      return false;
    }
    return Arrays.equals(Arrays.copyOfRange(l, l.length - s.length, l.length), s);
  }

  static String normalise(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  static Optional<String> normalisedPlace(Optional<String> place) {
    return place.map(Names::normalise).filter(s -> !s.isEmpty());
  }
}
