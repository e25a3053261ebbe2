package dev.readout.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Draft;
import dev.readout.model.Page;
import dev.readout.model.Removed;
import org.junit.jupiter.api.Test;

/** Furniture rules remove credit phrases and footers, never a long line of prose. */
class FurnitureRulesTest {

  private static final TextExtractor EXTRACTOR = new TextExtractor();

  private static Draft extract(String text) {
    return EXTRACTOR.extract(Page.text("t", text));
  }

  /** A news text as some crawlers store it: one line, photo credits inline (written for this test). */
  private static final String ONE_LINE =
      "Image copyright EPA Image caption Firefighters worked through the night "
          + "A fire swept through a warehouse district on the edge of the port city on Tuesday, officials said, "
          + "forcing hundreds of residents to leave their homes before dawn. "
          + "Image copyright Getty Images Image caption Smoke could be seen for miles "
          + "The fire service said the blaze was under control by midday and that nobody had been hurt. "
          + "An investigation into the cause has begun, and the mayor promised help for the families affected.";

  @Test
  void aNewsTextOnOneLineKeepsItsBodyAndLosesOnlyTheCredits() {
    Draft d = extract(ONE_LINE);
    assertThat(d.paragraphs()).singleElement().satisfies(p -> assertThat(p)
        .startsWith("Firefighters worked through the night A fire swept")
        .contains("Smoke could be seen for miles The fire service said")
        .endsWith("help for the families affected.")
        .doesNotContain("copyright")
        .doesNotContain("Image caption"));
    assertThat(d.removed()).containsExactly(
        new Removed("Image copyright EPA Image caption", Removed.Reason.COPYRIGHT),
        new Removed("Image copyright Getty Images Image caption", Removed.Reason.COPYRIGHT));
  }

  @Test
  void aLongParagraphThatMentionsCopyrightIsProse() {
    String prose =
        "The company said it had filed suit in a federal court on Monday, alleging that a rival violated its "
            + "copyrights on the software and asking the judge to halt sales of the machines until a trial.";
    Draft d = extract("Rival sued over software\n\n" + prose + "\n\nThe rival declined to comment on the suit.");
    assertThat(d.paragraphs()).contains(prose);
    assertThat(d.removed()).noneMatch(r -> r.reason().equals(Removed.Reason.COPYRIGHT));
  }

  @Test
  void aLongFooterThatOpensWithItsNoticeIsStillDropped() {
    String footer =
        "Copyright 2020 Example Daily. All rights reserved. The content (including but not limited to text, "
            + "photo and multimedia information) published on this site belongs to Example Daily and may not be used "
            + "without written permission.";
    String body = "The talks resumed in Geneva on Monday after a pause of three weeks, the two delegations said.";
    Draft d = extract("Talks resume\n\n" + body + "\n\n" + footer);
    assertThat(d.paragraphs()).containsExactly(body);
    assertThat(d.removed()).contains(new Removed(footer, Removed.Reason.COPYRIGHT));
  }

  @Test
  void aCopyrightSignAfterALetterIsMojibakeNotANotice() {
    String line = "Her rÃ©sumÃ© is long: mayor, senator and envoy.";
    Draft d = extract("A career\n\nShe served two terms as mayor before the senate race.\n\n" + line);
    assertThat(d.paragraphs()).contains(line);
  }
}
