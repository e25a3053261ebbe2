package dev.readout.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How searchable text is split into terms: Unicode word boundaries, possessive {@code 's} dropped
 * ({@code Afghanistan's} finds {@code Afghanistan}), lower case, accents folded. No stemming and no
 * stop words, since the corpus is not only English. The same analyzer indexes and parses queries.
 */
final class TextAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream s = new EnglishPossessiveFilter(source);
    s = new LowerCaseFilter(s);
    s = new ASCIIFoldingFilter(s);
    return new TokenStreamComponents(source, s);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
