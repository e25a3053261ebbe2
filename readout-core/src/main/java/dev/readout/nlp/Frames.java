package dev.readout.nlp;

import dev.readout.model.EngagementType;
import dev.readout.model.Sector;
import dev.readout.model.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engagement frames of a language's {@code frames.tsv}, with its {@code status-words.tsv},
 * {@code clause-words.tsv} and {@code outlets.tsv}: which words report an encounter, of what kind,
 * where in the clause its parties sit, and what makes it planned or negated. Loaded once per
 * language; immutable and shared. A language without these files finds no engagements.
 */
final class Frames {

  /** What a slot's filler is to the engagement. */
  enum Role {
    ACTOR,
    RECIPIENT,
    PLACE
  }

  /** Where in the clause a party sits, relative to the cue. */
  enum Slot {
    SUBJ,
    OBJ,
    WITH,
    BETWEEN,
    TO,
    OF,
    BY,
    IN,
    AT,
    FROM,
    ON,
    POSS,
    PRE;

    /** The preposition that opens the slot, for the prepositional slots. */
    Optional<String> preposition() {
      return switch (this) {
        case SUBJ, OBJ, POSS, PRE -> Optional.empty();
        default -> Optional.of(name().toLowerCase(Locale.ROOT));
      };
    }
  }

  /** One slot of a frame: the role its filler plays; {@code mediaOnly} when only a news outlet fills it. */
  record Rule(Role role, Slot slot, boolean mediaOnly) {}

  /** A frame: the kind of engagement a cue reports, its CAMEO code and mode, and its slots. */
  record Frame(EngagementType type, String cameo, Optional<String> mode, boolean verb, List<Rule> rules) {
    Frame {
      rules = List.copyOf(rules);
    }
  }

  /** The classes of {@code clause-words.tsv}. */
  enum ClauseWord {
    START,
    END,
    LEADER
  }

  /** The classes of {@code outlets.tsv}. */
  enum Outlet {
    NAME,
    WORD
  }

  /** A status word's class; {@code OUT} marks negated, hypothetical and cancelled encounters. */
  enum Modality {
    OUT,
    PROPOSED,
    SCHEDULED,
    ONGOING;

    Status status() {
      return switch (this) {
        case PROPOSED -> Status.PROPOSED;
        case SCHEDULED -> Status.SCHEDULED;
        case ONGOING -> Status.ONGOING;
        case OUT -> throw new IllegalStateException("an excluded encounter has no status");
      };
    }
  }

  private static final Map<String, Frames> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** Cue phrase → every frame it can open (a verb frame and a noun frame may share a word). */
  final Phrases<List<Frame>> cues = new Phrases<>(true);
  final Phrases<Modality> modality = new Phrases<>(true);
  /** Lower-case words that open a clause ({@code that}, {@code but}) or end one ({@code which}, {@code but}). */
  final Set<String> clauseStarts = new HashSet<>();
  final Set<String> clauseEnds = new HashSet<>();
  /** Words that hand a group to its head ({@code a delegation led by}), ending in the word before the name. */
  final Phrases<Boolean> leaders = new Phrases<>(true);
  /** News outlets by name or acronym, and the words that end an outlet's name ({@code News}, {@code Radio}). */
  final Set<String> outlets = new HashSet<>();
  final Set<String> outletWords = new HashSet<>();
  /** Lower-case words of titles and names that tell an actor's sector ({@code senator}: legislature). */
  final Map<String, Sector> sectorWords = new HashMap<>();

  private Frames() {}

  /** The frames of a lexicon's language, loaded once per language; none when it has no frame files. */
  static Frames of(Lexicon lex) {
    return BY_LANGUAGE.computeIfAbsent(lex.code, Frames::load);
  }

  private static Frames load(String code) {
    Frames f = new Frames();
    Map<String, List<Frame>> byCue = new LinkedHashMap<>();
    for (String[] r : Lexicon.rows(code, WordList.FRAMES.file())) {
      if (r.length < 6) {
        throw new IllegalStateException("frames.tsv: a row needs 6 columns: " + String.join("\t", r));
      }
      Frame frame = new Frame(EngagementType.of(r[0].trim()), r[1].trim(),
          r[2].trim().equals("-") ? Optional.empty() : Optional.of(r[2].trim()), r[3].trim().equals("verb"),
          rules(r[5]));
      for (String cue : r[4].split("\\|")) {
        byCue.computeIfAbsent(cue.trim(), k -> new ArrayList<>()).add(frame);
      }
    }
    byCue.forEach((cue, frames) -> f.cues.add(cue, List.copyOf(frames)));
    for (String[] r : Lexicon.rows(code, WordList.STATUS_WORDS.file())) {
      f.modality.add(r[1].trim(), Modality.valueOf(r[0].trim().toUpperCase(Locale.ROOT)));
    }
    for (String[] r : Lexicon.rows(code, WordList.CLAUSE_WORDS.file())) {
      switch (LanguageFiles.kind(r[0].trim(), ClauseWord.class)) {
        case START -> f.clauseStarts.add(r[1].trim());
        case END -> f.clauseEnds.add(r[1].trim());
        case LEADER -> f.leaders.add(r[1].trim(), true);
      }
    }
    for (String[] r : Lexicon.rows(code, WordList.OUTLETS.file())) {
      (LanguageFiles.kind(r[0].trim(), Outlet.class) == Outlet.NAME ? f.outlets : f.outletWords).add(r[1].trim());
    }
    for (String[] r : Lexicon.rows(code, WordList.SECTOR_WORDS.file())) {
      f.sectorWords.put(Lexicon.lower(r[0].trim()), LanguageFiles.kind(r[1].trim(), Sector.class));
    }
    return f;
  }

  /** A news outlet: a known agency or broadcaster, or an organisation whose name holds a media word. */
  boolean outlet(ActorBuilder a) {
    if (a.kind != dev.readout.model.Actor.Kind.ORGANIZATION && a.kind != dev.readout.model.Actor.Kind.PERSON) {
      return false;
    }
    return outlets.contains(a.name) || a.acronym.map(outlets::contains).orElse(false)
        || Tokenizer.words(a.name.replace('-', ' ')).stream().anyMatch(outletWords::contains);
  }

  private static List<Rule> rules(String spec) {
    List<Rule> out = new ArrayList<>();
    for (String part : spec.split(",")) {
      String[] rs = part.trim().split(":");
      Role role = switch (rs[0]) {
        case "a" -> Role.ACTOR;
        case "r" -> Role.RECIPIENT;
        case "p" -> Role.PLACE;
        default -> throw new IllegalStateException("frames.tsv: unknown role " + rs[0]);
      };
      boolean media = rs[1].endsWith("!media");
      Slot slot = Slot.valueOf(rs[1].replace("!media", "").toUpperCase(Locale.ROOT));
      out.add(new Rule(role, slot, media));
    }
    return out;
  }
}
