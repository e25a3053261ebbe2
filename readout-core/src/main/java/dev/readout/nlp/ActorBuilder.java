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

  ActorBuilder(Actor.Kind kind, String name) {
    this.kind = kind;
    this.name = name;
  }

  String id() {
    return id(kind, name);
  }

  static String id(Actor.Kind kind, String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    return kind.name().toLowerCase(Locale.ROOT) + ":" + slug;
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
