package dev.readout.nlp;

import dev.readout.model.EngagementType;
import dev.readout.model.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engagement frames of {@code frames.tsv} and the status words of {@code status-words.tsv}:
 * which words report an encounter, of what kind, and where in the clause its parties sit. Loaded
 * once; immutable and shared.
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

  static final Frames DEFAULT = load();

  /** Cue phrase → every frame it can open (a verb frame and a noun frame may share a word). */
  final Phrases<List<Frame>> cues = new Phrases<>(true);
  final Phrases<Modality> modality = new Phrases<>(true);
  /** Lower-case words that open a clause ({@code that}, {@code but}) or end one ({@code which}, {@code but}). */
  final Set<String> clauseStarts = new HashSet<>();
  final Set<String> clauseEnds = new HashSet<>();
  /** News outlets by name or acronym, and the words that end an outlet's name ({@code News}, {@code Radio}). */
  final Set<String> outlets = new HashSet<>();
  final Set<String> outletWords = new HashSet<>();

  private Frames() {}

  private static Frames load() {
    Frames f = new Frames();
    Map<String, List<Frame>> byCue = new LinkedHashMap<>();
    for (String[] r : Lexicon.rows("frames.tsv")) {
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
    for (String[] r : Lexicon.rows("status-words.tsv")) {
      f.modality.add(r[1].trim(), Modality.valueOf(r[0].trim().toUpperCase(Locale.ROOT)));
    }
    for (String[] r : Lexicon.rows("clause-words.tsv")) {
      (r[0].trim().equals("start") ? f.clauseStarts : f.clauseEnds).add(r[1].trim());
    }
    for (String[] r : Lexicon.rows("outlets.tsv")) {
      (r[0].trim().equals("name") ? f.outlets : f.outletWords).add(r[1].trim());
    }
    return f;
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
