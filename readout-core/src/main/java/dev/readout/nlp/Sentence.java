package dev.readout.nlp;

import java.util.List;

/** A sentence of the annotated text with its tokens; offsets are into that text. */
record Sentence(int start, int end, String text, List<Token> tokens) {

  Sentence {
    tokens = List.copyOf(tokens);
  }
}
