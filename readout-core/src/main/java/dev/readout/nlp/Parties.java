package dev.readout.nlp;

import dev.readout.model.Party;
import dev.readout.model.Sector;
import java.util.Optional;

/**
 * Turns an actor being read into a party to an engagement or event: its country and its sector,
 * from the words of its titles or name ({@code sector-words.tsv}: {@code Senator} is legislature,
 * {@code General} military) and from the outlets of {@code outlets.tsv} (media). Immutable.
 */
final class Parties {

  private final Frames frames;

  Parties(Frames frames) {
    this.frames = frames;
  }

  Party of(ActorBuilder a) {
    return new Party(a.name, a.id(), a.country, sector(a));
  }

  /**
   * A country acts as its government. A person's titles, an organisation's name, decide by their
   * words; a news outlet is media; an organisation that acts for no one country is taken for an
   * intergovernmental body. Otherwise a titled person or a national organisation is government
   * (the sector of most parties to engagements), and a person the text gives no title is other.
   */
  Sector sector(ActorBuilder a) {
    return switch (a.kind) {
      case COUNTRY -> Sector.GOVERNMENT;
      case PLACE -> Sector.OTHER;
      case PERSON -> a.titles.stream().map(this::byWords).flatMap(Optional::stream).findFirst()
          .orElse(a.titles.isEmpty() ? Sector.OTHER : Sector.GOVERNMENT);
      case ORGANIZATION -> frames.outlet(a) ? Sector.MEDIA
          : byWords(a.name).orElse(a.country.isEmpty() ? Sector.IGO : Sector.GOVERNMENT);
    };
  }

  private Optional<Sector> byWords(String phrase) {
    for (String w : Tokenizer.words(phrase)) {
      Sector s = frames.sectorWords.get(Lexicon.lower(w));
      if (s != null) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
