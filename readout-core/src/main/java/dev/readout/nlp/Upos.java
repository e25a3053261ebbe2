package dev.readout.nlp;

/**
 * The seventeen universal part-of-speech tags of Universal Dependencies (de Marneffe et al.,
 * universaldependencies.org/u/pos), as OpenNLP's UD models emit them; {@link #X} also stands for
 * any tag a model emits outside the set.
 */
enum Upos {
  ADJ,
  ADP,
  ADV,
  AUX,
  CCONJ,
  DET,
  INTJ,
  NOUN,
  NUM,
  PART,
  PRON,
  PROPN,
  PUNCT,
  SCONJ,
  SYM,
  VERB,
  X;

  /** The tag a model emitted; {@link #X} for any it should not have. */
  static Upos of(String tag) {
    for (Upos u : values()) {
      if (u.name().equals(tag)) {
        return u;
      }
    }
    return X;
  }
}
