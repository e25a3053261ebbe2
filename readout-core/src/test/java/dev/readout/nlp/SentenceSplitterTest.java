package dev.readout.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> split(String text) {
    return SentenceSplitter.split(text).stream().map(Sentence::text).toList();
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertThat(split("Wang visited Russia from Sept. 10 to 16. He met Lavrov."))
        .containsExactly("Wang visited Russia from Sept. 10 to 16.", "He met Lavrov.");
    assertThat(split("The target is 200 billion U.S. dollars annually. Trade grew."))
        .containsExactly("The target is 200 billion U.S. dollars annually.", "Trade grew.");
    assertThat(split("Mr. Baker met Gene B. Sperling on Feb. 4 in Washington."))
        .containsExactly("Mr. Baker met Gene B. Sperling on Feb. 4 in Washington.");
  }

  @Test
  void blankLinesAlwaysEndSentencesAndOffsetsPointIntoTheText() {
    String text = "First paragraph without a stop\n\nSecond one. Third one.";
    List<Sentence> s = SentenceSplitter.split(text);
    assertThat(s).extracting(Sentence::text)
        .containsExactly("First paragraph without a stop", "Second one.", "Third one.");
    for (Sentence x : s) {
      assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
      x.tokens().forEach(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
    }
  }

  @Test
  void aQuotationEndingInAStopKeepsItsAttribution() {
    assertThat(split("\"This is the place of smart power. Really?\" Bush said. \"Libya is chaotic.\""))
        .containsExactly("\"This is the place of smart power.", "Really?\" Bush said.", "\"Libya is chaotic.\"");
    assertThat(split("“We are shocked.” The company declined to comment."))
        .containsExactly("“We are shocked.”", "The company declined to comment.");
  }

  @Test
  void anAttributionThatOpensANewQuotationStartsItsOwnSentence() {
    assertThat(split("\"Nobody wins a trade war.\" He added, \"We must remain friends.\""))
        .containsExactly("\"Nobody wins a trade war.\"", "He added, \"We must remain friends.\"");
  }

  @Test
  void aBodyWithoutParagraphsIsStillSplit() {
    assertThat(split("Wang said Wednesday. He attended a meeting. He and Lavrov held talks.")).hasSize(3);
  }

  @Test
  void tokensKeepAbbreviationsPossessivesAndQuotes() {
    String s = "Lavrov's U.S. visit, ''quoted,'' he said.";
    assertThat(Tokenizer.tokens(s, 0, s.length())).extracting(Token::text)
        .containsExactly("Lavrov", "'s", "U.S.", "visit", ",", "''", "quoted", ",", "''", "he", "said", ".");
  }
}
