package dev.readout.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data files under {@code dev/readout/nlp/}: countries, organisations, titles, roles, speech
 * cues, engagement triggers and topics, loaded once. Immutable and shared.
 */
final class Lexicon {

  /** A country with its ISO 3166-1 alpha-2 code. */
  record Country(String code, String name, List<String> capitals) {}

  /** How a country is named: by name, by adjective or demonym, or by its capital. */
  enum Form {
    NAME,
    ADJECTIVE,
    CAPITAL
  }

  record CountryForm(Country country, Form form) {}

  record Org(String name, Optional<String> acronym) {}

  record Trigger(String type, String cameo) {}

  record Topic(String code, String label, List<String> keywords) {}

  static final Lexicon DEFAULT = load();

  final Phrases<CountryForm> countries = new Phrases<>(false);
  final Map<String, Country> countriesByCode = new HashMap<>();
  final Phrases<Org> orgs = new Phrases<>(false);
  final Phrases<String> titles = new Phrases<>(false);
  final Phrases<String> roles = new Phrases<>(true);
  final Phrases<String> cues = new Phrases<>(true);
  final Phrases<String> sources = new Phrases<>(true);
  final Phrases<Trigger> triggers = new Phrases<>(true);
  final List<Topic> topics = new ArrayList<>();
  /** Lower-case sentence connectives ({@code but}, {@code meanwhile}), never part of a speaker phrase. */
  final Set<String> connectives = new HashSet<>();

  private Lexicon() {}

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static Lexicon load() {
    Lexicon x = new Lexicon();
    for (String[] r : rows("countries.tsv")) {
      Country c = new Country(r[0], r[1], split(field(r, 4)));
      x.countriesByCode.put(c.code(), c);
      x.countries.add(c.name(), new CountryForm(c, Form.NAME));
      split(field(r, 2)).forEach(a -> x.countries.add(a, new CountryForm(c, Form.NAME)));
      split(field(r, 3)).forEach(a -> x.countries.add(a, new CountryForm(c, Form.ADJECTIVE)));
      c.capitals().forEach(a -> x.countries.add(a, new CountryForm(c, Form.CAPITAL)));
    }
    for (String[] r : rows("organizations.tsv")) {
      String acr = field(r, 1);
      Org o = new Org(r[0], acr.isEmpty() ? Optional.empty() : Optional.of(acr));
      x.orgs.add(o.name(), o);
      if (!acr.isEmpty()) {
        x.orgs.add(acr, o);
      }
      split(field(r, 2)).forEach(a -> x.orgs.add(a, o));
    }
    rows("titles.txt").forEach(r -> x.titles.add(r[0], r[0].replace(".", "").trim()));
    rows("roles.txt").forEach(r -> x.roles.add(r[0], r[0]));
    rows("sources.txt").forEach(r -> x.sources.add(r[0], r[0]));
    rows("connectives.txt").forEach(r -> x.connectives.add(lower(r[0].trim())));
    rows("cues.tsv").forEach(r -> x.cues.add(r[0], field(r, 1)));
    rows("engagements.tsv").forEach(r -> x.triggers.add(r[2], new Trigger(r[0], r[1])));
    for (String[] r : rows("topics.tsv")) {
      x.topics.add(new Topic(r[0], r[1], split(field(r, 2))));
    }
    return x;
  }

  private static String field(String[] r, int i) {
    return i < r.length ? r[i].trim() : "";
  }

  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String p : s.split("\\|")) {
      if (!p.isBlank()) {
        out.add(p.trim());
      }
    }
    return out;
  }

  static List<String[]> rows(String name) {
    InputStream in = Lexicon.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing data file dev/readout/nlp/" + name);
    }
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dev/readout/nlp/" + name, e);
    }
    return out;
  }

  static final Set<String> MONTHS =
      Set.of(
          "January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
          "Sept", "Oct", "Nov", "Dec");

  static final Set<String> WEEKDAYS =
      Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
}
