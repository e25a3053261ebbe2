package dev.readout.nlp;

import dev.readout.model.Actor;
import dev.readout.model.Party;
import dev.readout.model.Sector;

/** Turns an actor being read into a party to an engagement or event: its country and sector. */
final class Parties {

  private Parties() {}

  static Party of(ActorBuilder a) {
    return new Party(a.name, a.id(), a.country, sector(a));
  }

  /**
   * A country acts as its government; an organisation without a country is taken for an
   * intergovernmental body; people and national organisations default to government, the sector of
   * most parties to diplomatic engagements.
   */
  static Sector sector(ActorBuilder a) {
    if (a.kind == Actor.Kind.ORGANIZATION && a.country.isEmpty()) {
      return Sector.IGO;
    }
    return Sector.GOVERNMENT;
  }
}
