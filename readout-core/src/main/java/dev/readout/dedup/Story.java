package dev.readout.dedup;

import java.util.List;
import java.util.Objects;

/**
 * A group of copies of one story: the same wire text carried by several outlets.
 *
 * @param id stable story id, independent of the order in which members arrived
 * @param canonical the article id of the most complete copy (ties to the earliest published)
 * @param members every copy, canonical first
 * @param outlets the outlets that carried it, without repeats
 * @param agencies the wire agencies credited, without repeats
 */
public record Story(
    String id, String canonical, List<StoryMember> members, List<String> outlets, List<String> agencies) {

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(canonical, "canonical");
    members = List.copyOf(members);
    outlets = List.copyOf(outlets);
    agencies = List.copyOf(agencies);
  }
}
