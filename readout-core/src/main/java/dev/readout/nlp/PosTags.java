package dev.readout.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags (OpenNLP's English UD EWT model) for the sentences
 * that carry a candidate cue; most sentences are never tagged. The model loads once; a tagger is
 * not thread-safe, so each thread keeps its own. Tags are the UPOS names ({@code NOUN},
 * {@code VERB}, {@code PROPN}, {@code ADP}, ...).
 */
final class PosTags {

  private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final POSModel POS_MODEL = load();
  private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(POS_MODEL));

  private PosTags() {}

  private static POSModel load() {
    try (InputStream in = PosTags.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("part-of-speech model not on the class path: " + MODEL);
      }
      return new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + MODEL, e);
    }
  }

  /** One tag per token, in order. */
  static Upos[] tag(List<Token> tokens) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).key();
    }
    String[] tags = TAGGER.get().tag(words);
    Upos[] out = new Upos[tags.length];
    for (int i = 0; i < tags.length; i++) {
      out[i] = Upos.of(tags[i]);
    }
    return out;
  }
}
