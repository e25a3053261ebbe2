package dev.readout.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the fingerprints of one group into a {@link Story}: picks the canonical copy (the most
 * complete text; ties to the earliest published, then the smallest id, so the choice depends on
 * the members only) and compares every member with it paragraph by paragraph.
 */
final class StoryAssembler {

  private static final Comparator<Fingerprint> CANONICAL_FIRST =
      Comparator.<Fingerprint>comparingInt(f -> -f.size)
          .thenComparingInt(f -> f.published == Fingerprint.NO_DAY ? Integer.MAX_VALUE : f.published)
          .thenComparing(f -> f.id);

  private StoryAssembler() {}

  static Story assemble(String storyId, List<Fingerprint> group) {
    List<Fingerprint> ordered = new ArrayList<>(group);
    ordered.sort(CANONICAL_FIRST);
    Fingerprint canonical = ordered.get(0);
    ordered.subList(1, ordered.size()).sort(Comparator.comparing(f -> f.id));
    List<StoryMember> members = new ArrayList<>();
    Set<String> outlets = new LinkedHashSet<>();
    Set<String> agencies = new LinkedHashSet<>();
    for (Fingerprint f : ordered) {
      members.add(member(canonical, f));
      if (f.outlet != null) {
        outlets.add(f.outlet);
      }
      if (f.agency != null) {
        agencies.add(f.agency);
      }
    }
    return new Story(storyId, canonical.id, members, List.copyOf(outlets), List.copyOf(agencies));
  }

  private static StoryMember member(Fingerprint canonical, Fingerprint f) {
    if (f == canonical) {
      return new StoryMember(f.id, f.source, Optional.ofNullable(f.outlet), 1.0, List.of(), List.of());
    }
    Sketch.Overlap o = Sketch.overlap(f.sample, canonical.sample, Fingerprint.SAMPLE);
    double similarity = f.body == canonical.body ? 1.0 : o.a() == 0 ? 0 : (double) o.both() / o.a();
    return new StoryMember(
        f.id,
        f.source,
        Optional.ofNullable(f.outlet),
        similarity,
        missing(canonical, f),
        missing(f, canonical));
  }

  /** Paragraphs of {@code from} whose words do not occur as a paragraph of {@code in}. */
  private static List<String> missing(Fingerprint from, Fingerprint in) {
    Set<Long> have = new HashSet<>();
    for (long h : in.paragraphs) {
      have.add(h);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < from.paragraphs.length; i++) {
      if (!have.contains(from.paragraphs[i])) {
        out.add(from.paragraph(i));
      }
    }
    return out;
  }
}
