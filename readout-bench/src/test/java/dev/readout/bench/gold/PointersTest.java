package dev.readout.bench.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PointersTest {

  // Invented text, not from the corpus.
  private static final String TEXT = "The envoy said the talks would resume.\n\n"
      + "\u201CWe are ready,\u201D the Latvian minister said on Monday, adding that the talks\n"
      + "would resume in Riga.";

  private final Pointers pointers = new Pointers(TEXT);
  private final ObjectMapper json = new ObjectMapper();

  private Pointers.Pointer p(String jsonValue) throws Exception {
    return Pointers.parse(json.readTree(jsonValue));
  }

  @Test
  void uniqueQuoteResolvesToItsOffsets() throws Exception {
    Span s = pointers.unique(p("\"the Latvian minister\""));
    assertThat(TEXT.substring(s.start(), s.end())).isEqualTo("the Latvian minister");
  }

  @Test
  void ambiguousQuoteWithoutOccurrenceFailsNamingTheCount() {
    assertThatThrownBy(() -> pointers.unique(p("\"the talks\"")))
        .hasMessageContaining("found 2 times").hasMessageContaining("occurrence");
  }

  @Test
  void occurrenceCountsFromOneInTextOrder() throws Exception {
    Span s = pointers.unique(p("{\"quote\": \"the talks\", \"occurrence\": 2}"));
    assertThat(s.start()).isEqualTo(TEXT.lastIndexOf("the talks"));
  }

  @Test
  void whitespaceRunsAndCurlyQuotesMatchTheirPlainForms() throws Exception {
    Span a = pointers.unique(p("\"the talks would resume in\""));
    assertThat(TEXT.substring(a.start(), a.end())).isEqualTo("the talks\nwould resume in");
    Span b = pointers.unique(p("\"\\\"We are ready\""));
    assertThat(b.start()).isEqualTo(TEXT.indexOf('\u201C'));
  }

  @Test
  void missingQuoteFails() {
    assertThatThrownBy(() -> pointers.unique(p("\"the envoy Said\""))).hasMessageContaining("not found");
  }

  @Test
  void contentLastIsSearchedFromContentFirst() throws Exception {
    Span first = pointers.unique(p("\"adding that\""));
    Span last = pointers.after(p("\"would resume\""), first.start());
    assertThat(last.start()).isEqualTo(TEXT.lastIndexOf("would resume"));
  }

  @Test
  void cueIsTheNearestOccurrenceInTheContentsParagraph() throws Exception {
    Span content = pointers.unique(p("\"We are ready\""));
    Span cue = pointers.nearest(p("\"said\""), content);
    assertThat(cue.start()).isEqualTo(TEXT.lastIndexOf("said"));
  }

  @Test
  void sentenceHoldsTheEvidence() throws Exception {
    Span s = pointers.sentence(pointers.unique(p("\"on Monday\"")));
    assertThat(TEXT.substring(s.start(), s.end())).startsWith("\u201CWe are ready").endsWith("in Riga.");
  }

  @Test
  void foldingKeepsLength() {
    String s = "\u2018a\u2019 \u201Cb\u201D \u2013 \u2014\u00A0c";
    assertThat(Pointers.fold(s)).hasSameSizeAs(s).isEqualTo("'a' \"b\" - - c");
  }
}
