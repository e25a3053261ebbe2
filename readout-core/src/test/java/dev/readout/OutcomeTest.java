package dev.readout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readout.model.RawDocument;
import dev.readout.model.Rejected;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one rule every driver applies to an input: article, rejection, or skip. */
class OutcomeTest {

  private final Readout readout = new Readout();

  @Test
  void aPageWithNoArticleTextIsSkippedNotRejected() {
    Outcome o = readout.outcome(doc("nav.txt", "Home | News | Sport\n"));
    assertThat(o.article()).isEmpty();
    assertThat(o.rejection()).contains(new Rejected("nav.txt", Rejected.SKIPPED, Outcome.NO_TEXT));
    assertThat(o.skipped()).isTrue();
    assertThat(o.failed()).isFalse();
  }

  @Test
  void aPipelineThatThrowsRejectsTheInputAtExtract() {
    Outcome o = Outcome.of(doc("x.txt", "text"), d -> {
      throw new IllegalStateException("boom");
    });
    assertThat(o.rejection()).contains(new Rejected("x.txt", "extract", "java.lang.IllegalStateException: boom"));
    assertThat(o.failed()).isTrue();
  }

  @Test
  void aStackOverflowOnOnePageRejectsThatPageOnly() {
    Outcome o = Outcome.of(doc("deep.html", "<div>"), d -> {
      throw new StackOverflowError();
    });
    assertThat(o.rejection()).contains(new Rejected("deep.html", "extract", "java.lang.StackOverflowError"));
  }

  @Test
  void anyThrowableShortOfRunningOutOfMemoryRejectsThatPageOnOneLine() {
    Outcome o = Outcome.of(doc("odd.html", "<div>"), d -> {
      throw new ExceptionInInitializerError("first line\nsecond line");
    });
    assertThat(o.rejection()).contains(new Rejected("odd.html", "extract", "java.lang.ExceptionInInitializerError: first line second line"));
    Outcome a = Outcome.of(doc("assert.html", "<div>"), d -> {
      throw new AssertionError("broken invariant");
    });
    assertThat(a.rejection().map(Rejected::stage)).contains("extract");
  }

  @Test
  void runningOutOfMemoryEndsTheRun() {
    assertThatThrownBy(() -> Outcome.of(doc("big.html", "<div>"), d -> {
      throw new OutOfMemoryError("Java heap space");
    })).isInstanceOf(OutOfMemoryError.class);
  }

  @Test
  void aRejectionFromTheReaderPassesAsItIs() {
    Rejected r = new Rejected("gone.txt", "read", "no such file");
    assertThat(readout.outcome(r).rejection()).contains(r);
  }

  @Test
  void aPageWithTextIsAnArticle() {
    Outcome o = readout.outcome(doc("p.txt", String.join("\n\n", List.of(
        "Ministers meet in Geneva",
        "The foreign ministers of both countries met in Geneva on Tuesday to discuss trade and security.",
        "They agreed to meet again next month, officials said after the talks ended."))));
    assertThat(o.article()).isPresent();
    assertThat(o.failed()).isFalse();
    assertThat(o.skipped()).isFalse();
  }

  private static RawDocument doc(String source, String text) {
    return RawDocument.of(source, text.getBytes(StandardCharsets.UTF_8), Optional.empty());
  }
}
