package dev.readout.nlp;

import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags (OpenNLP's English UD EWT model) for the sentences
 * that carry a candidate cue; most sentences are never tagged. The model loads once; a tagger is
 * not thread-safe, so each thread keeps its own. Tags are {@link Upos} values.
 */
final class PosTags {

  private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final POSModel POS_MODEL = Models.load(MODEL, "part-of-speech model", POSModel::new);
  private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(POS_MODEL));

  private PosTags() {}

  /**
   * Left-to-right best tag per word, each given the tags before it: a beam of one. The model's own
   * beam of three costs three evaluations a word and changed no engagement on the gold's tune half.
   */
  private static String[] greedy(String[] words) {
    POSTaggerME tagger = TAGGER.get();
    List<String> sentence = java.util.Arrays.asList(words);
    List<String> tags = new java.util.ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      tags.add(tagger.getOrderedTags(sentence, tags, i)[0]);
    }
    return tags.toArray(String[]::new);
  }

  /**
   * One tag per token, in order, for the tokens {@code [from, to)}; the others are {@link Upos#X}.
   * Tagging costs in proportion to the tokens tagged, so callers tag only the stretch they read.
   */
  static Upos[] tag(List<Token> tokens, int from, int to) {
    String[] words = new String[to - from];
    for (int i = from; i < to; i++) {
      words[i - from] = tokens.get(i).key();
    }
    String[] tags = greedy(words);
    Upos[] out = new Upos[tokens.size()];
    java.util.Arrays.fill(out, Upos.X);
    for (int i = 0; i < tags.length; i++) {
      out[from + i] = Upos.of(tags[i]);
    }
    return out;
  }
}
