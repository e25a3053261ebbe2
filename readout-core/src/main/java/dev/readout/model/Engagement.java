package dev.readout.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An interaction between actors that an article reports: a call, a meeting, a visit.
 *
 * @param type one of {@code phone_call, meeting, visit, interview, joint_statement,
 *     multilateral_meeting, press_conference}
 * @param cameo the CAMEO event code ({@code 041}, {@code 042}, ...)
 * @param participants canonical names of the actors taking part
 * @param participantIds their {@link Actor#id()}s, in the same order
 * @param date ISO-8601 day ({@code 2021-02-04}) or interval ({@code 2020-09-10/2020-09-16}), when
 *     it resolves
 * @param place where it happened, if stated
 * @param evidence the sentence (or caption) that reports it
 * @param evidenceSpan where the evidence is in the body; {@code [0,0)} for a caption
 * @param fromCaption whether the evidence is a photo caption rather than the body
 */
public record Engagement(
    String type,
    String cameo,
    List<String> participants,
    List<String> participantIds,
    Optional<String> date,
    Optional<String> place,
    String evidence,
    Mention evidenceSpan,
    boolean fromCaption) {

  public Engagement {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(cameo, "cameo");
    participants = List.copyOf(participants);
    participantIds = List.copyOf(participantIds);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(evidenceSpan, "evidenceSpan");
  }
}
