package dev.readout.nlp;

import dev.readout.nlp.Found.Kind;
import dev.readout.nlp.Lexicon.CountryForm;
import dev.readout.nlp.Lexicon.Org;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds candidate mentions in one sentence, left to right, longest first: titled names, known
 * organisations and countries, pronouns, role phrases, groups and runs of capitalised words.
 * Stateless: what a candidate refers to is the {@link Resolver}'s job.
 */
final class EntityFinder {

  /** English organisation heads, for {@code Engagements} until it reads its own {@link Lexicon}. */
  static final Set<String> ORG_HEADS = Lexicon.DEFAULT.orgHeads;
  /** English heads of names of things, for {@code Engagements} until it reads its own {@link Lexicon}. */
  static final Set<String> THING_HEADS = Lexicon.DEFAULT.thingHeads;

  private final Lexicon lex;

  /** A finder reading the words of {@code lex}. */
  EntityFinder(Lexicon lex) {
    this.lex = lex;
  }

  List<Found> find(List<Token> t) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      Found f = at(t, i);
      if (f == null) {
        i++;
      } else {
        out.add(f);
        i = Math.max(f.to(), i + 1);
      }
    }
    return out;
  }

  private Found at(List<Token> t, int i) {
    Found best = longest(titled(t, i), known(t, i));
    if (best != null) {
      return best;
    }
    Found f = role(t, i);
    if (f == null) {
      f = group(t, i);
    }
    if (f == null) {
      f = pronoun(t, i);
    }
    return f != null ? f : caps(t, i);
  }

  private static Found longest(Found a, Found b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.to() > b.to() ? a : b;
  }

  /** A known organisation or country; an acronym in brackets after the name is taken along. */
  private Found known(List<Token> t, int i) {
    Phrases.Match<Org> o = lex.orgs.at(t, i);
    Phrases.Match<CountryForm> c = lex.countries.at(t, i);
    if (o != null && (c == null || o.length() >= c.length())) {
      int to = i + o.length();
      if (to + 2 < t.size() && t.get(to).is(Mark.LEFT_PAREN) && t.get(to + 2).is(Mark.RIGHT_PAREN)
          && o.value().acronym().map(a -> t.get(to + 1).is(a)).orElse(false)) {
        return new Found(Kind.ORG, i, to + 3, o.value().name(), List.of(), Optional.empty(), o.value().acronym());
      }
      return new Found(Kind.ORG, i, to, o.value().name(), List.of(), Optional.empty(), o.value().acronym());
    }
    if (c != null) {
      Kind k =
          switch (c.value().form()) {
            case NAME -> Kind.COUNTRY;
            case ADJECTIVE -> Kind.ADJECTIVE;
            case CAPITAL -> Kind.CAPITAL;
          };
      String name = k == Kind.CAPITAL ? text(t, i, i + c.length()) : c.value().country().name();
      return new Found(k, i, i + c.length(), name, List.of(), Optional.of(c.value().country().code()), Optional.empty());
    }
    return null;
  }

  /** [country ['s]] title [and title]... Name: {@code Chinese State Councilor and Foreign Minister Wang Yi}. */
  private Found titled(List<Token> t, int i) {
    int j = i;
    Optional<String> country = Optional.empty();
    Phrases.Match<CountryForm> c = lex.countries.at(t, j);
    if (c != null && c.value().form() != Lexicon.Form.CAPITAL) {
      country = Optional.of(c.value().country().code());
      j += c.length();
      if (j < t.size() && t.get(j).isPossessive()) {
        j++;
      }
    }
    List<String> titles = new ArrayList<>();
    boolean titledOrHonoured = false;
    while (j < t.size()) {
      Phrases.Match<String> m = lex.titles.at(t, j);
      if (m == null) {
        break;
      }
      titledOrHonoured = true;
      if (!lex.honorifics.contains(m.value())) {
        titles.add(m.value());
      }
      j += m.length();
      if (j + 1 < t.size() && (lex.is(t.get(j), Lexicon.Word.AND) || t.get(j).is(Mark.COMMA)) && lex.titles.at(t, j + 1) != null) {
        j++;
      }
    }
    if (!titledOrHonoured) {
      return null;
    }
    int k = nameEnd(t, j);
    if (k == j) {
      return null;
    }
    return new Found(Kind.TITLED, i, k, text(t, j, k), titles, country, Optional.empty());
  }

  /** End of a run of up to four name words from {@code j}. */
  private int nameEnd(List<Token> t, int j) {
    int k = j;
    while (k < t.size() && k - j < 5 && nameWord(t, k, k == j)) {
      k++;
      if (k + 1 < t.size() && t.get(k - 1).text().length() == 1 && t.get(k).is(Mark.PERIOD) && t.get(k + 1).isCapitalised()) {
        k++; // an initial: Gene B. Sperling
      }
    }
    while (k > j && !t.get(k - 1).isCapitalised()) {
      k--;
    }
    return k;
  }

  private boolean nameWord(List<Token> t, int k, boolean first) {
    Token w = t.get(k);
    String s = w.text();
    if (!first && lex.particles.contains(s)) {
      int n = k + 1;
      while (n < t.size() && n < k + 3 && lex.particles.contains(t.get(n).text())) {
        n++; // van der Merwe, de la Madrid
      }
      return n < t.size() && t.get(n).isCapitalised() && t.get(n).isWord();
    }
    boolean initial = s.length() == 1 && k + 1 < t.size() && t.get(k + 1).is(Mark.PERIOD);
    if (!w.isCapitalised() || !w.isWord() || s.length() < 2 && !first && !initial) {
      return false;
    }
    if (lex.notName.contains(s) || lex.months.contains(s) || lex.weekdays.contains(s)
        || lex.orgHeads.contains(s) || lex.thingHeads.contains(s)) {
      return false;
    }
    if (s.chars().allMatch(ch -> Character.isUpperCase(ch) || !Character.isLetter(ch)) && s.length() > 1) {
      return false; // acronyms are not names
    }
    return lex.countries.at(t, k) == null && lex.orgs.at(t, k) == null && lex.titles.at(t, k) == null;
  }

  private Found pronoun(List<Token> t, int i) {
    String s = t.get(i).lower();
    Lexicon.Pronoun p = lex.pronouns.get(s);
    if (p == null) {
      return null;
    }
    return Found.of(p == Lexicon.Pronoun.PERSON ? Kind.PRONOUN : Kind.GROUP, i, i + 1, s);
  }

  /** the two ministers, both sides, the two heads of state. */
  private Found group(List<Token> t, int i) {
    Phrases.Match<String> opener = lex.groupOpeners.at(t, i);
    if (opener == null) {
      return null;
    }
    int j = i + opener.length();
    for (int k = j; k < Math.min(t.size(), j + 3); k++) {
      String w = t.get(k).lower();
      Lexicon.GroupHead head = lex.groupHeads.get(w);
      if (head != null) {
        int end = k + 1;
        if (head == Lexicon.GroupHead.OF && end + 1 < t.size() && lex.is(t.get(end), Lexicon.Word.OF)) {
          end += 2;
        }
        return Found.of(Kind.GROUP, i, end, w);
      }
    }
    return null;
  }

  /** the Russian minister, the senior official, his Russian counterpart[, Vladimir Putin]. */
  private Found role(List<Token> t, int i) {
    if (!lex.roleDeterminers.contains(t.get(i).lower())) {
      return null;
    }
    int j = i + 1;
    Optional<String> country = Optional.empty();
    for (int n = 0; n < 3 && j < t.size(); n++) {
      Phrases.Match<CountryForm> c = lex.countries.at(t, j);
      if (c != null && c.value().form() == Lexicon.Form.ADJECTIVE) {
        country = Optional.of(c.value().country().code());
        j += c.length();
      } else if (lex.roleModifiers.contains(t.get(j).lower()) && lex.roles.at(t, j) == null) {
        j++;
      } else {
        break;
      }
    }
    if (j >= t.size()) {
      return null;
    }
    Phrases.Match<String> r = lex.roles.at(t, j);
    if (r == null) {
      return null;
    }
    int end = j + r.length();
    if (nameEnd(t, end) > end) {
      return null; // the Russian Foreign Minister Sergei Lavrov: a titled name
    }
    if (end + 1 < t.size() && t.get(end).is(Mark.COMMA)) {
      int k = nameEnd(t, end + 1);
      if (k > end + 1) {
        return new Found(Kind.TITLED, end + 1, k, text(t, end + 1, k), List.of(), country, Optional.empty());
      }
    }
    return new Found(Kind.ROLE, i, end, r.value(), List.of(), country, Optional.empty());
  }

  private Found caps(List<Token> t, int i) {
    int k = nameEnd(t, i);
    if (k == i) {
      return null;
    }
    while (k < t.size() && k - i < 8 && t.get(k).isCapitalised() && t.get(k).isWord()
        && lex.countries.at(t, k) == null && lex.titles.at(t, k) == null) {
      k++; // organisation names run on: World Economic Forum Virtual Event
    }
    return Found.of(Kind.CAPS, i, k, text(t, i, k));
  }

  static String text(List<Token> t, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from && t.get(k).start() > t.get(k - 1).end()) {
        sb.append(' ');
      }
      sb.append(t.get(k).text());
    }
    return sb.toString();
  }
}
