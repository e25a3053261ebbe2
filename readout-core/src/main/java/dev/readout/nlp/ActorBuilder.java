package dev.readout.nlp;

import dev.readout.model.Actor;
import dev.readout.model.Mention;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** An actor being assembled while one article is read. Confined to one annotate call. */
final class ActorBuilder {

  final Actor.Kind kind;
  String name;
  final Set<String> titles = new LinkedHashSet<>();
  Optional<String> country = Optional.empty();
  Optional<String> acronym = Optional.empty();
  final List<Mention> mentions = new ArrayList<>();
  private String id;
  private String idName;

  ActorBuilder(Actor.Kind kind, String name) {
    this.kind = kind;
    this.name = name;
  }

  String id() {
    if (id == null || !idName.equals(name)) {
      id = id(kind, name);
      idName = name;
    }
    return id;
  }

  /** Kind plus the name folded to lower-case ASCII letters and digits joined by hyphens. */
  static String id(Actor.Kind kind, String name) {
    String s = name;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        break;
      }
    }
    StringBuilder sb = new StringBuilder(kind.name().toLowerCase(Locale.ROOT)).append(':');
    int mark = sb.length();
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (gap && sb.length() > mark) {
          sb.append('-');
        }
        sb.append(Character.toLowerCase(c));
        gap = false;
      } else {
        gap = true;
      }
    }
    return sb.toString();
  }

  boolean isPerson() {
    return kind == Actor.Kind.PERSON;
  }

  void mention(Mention m) {
    if (mentions.isEmpty() || mentions.get(mentions.size() - 1).start() != m.start()) {
      mentions.add(m);
    }
  }

  Actor build() {
    return new Actor(id(), name, kind, List.copyOf(titles), country, acronym, mentions);
  }
}
