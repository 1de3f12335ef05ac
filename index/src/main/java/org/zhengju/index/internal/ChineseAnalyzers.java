package org.zhengju.index.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chain of passage text: Unicode word segmentation, width folding, lower case, then
 * CJK bigrams.
 *
 * <p>Indexing keeps the single characters next to the bigrams (stacked at the same positions) so a
 * one-character query such as 棉 still finds 棉花; queries use bigrams only, so a multi-character word
 * becomes a phrase of overlapping bigrams and never matches its characters scattered through a
 * sentence. Chosen over SmartChineseAnalyzer by the measurements in {@code AnalyzerComparisonTest}
 * (see the module report).
 */
public final class ChineseAnalyzers {
  private ChineseAnalyzers() {}

  /** A fresh analyzer for indexing passage text: bigrams plus unigrams. The caller closes it. */
  public static Analyzer forIndexing() {
    return bigrams(true);
  }

  /**
   * A fresh analyzer for query text: bigrams, with unigrams only for lone CJK characters. The
   * caller closes it.
   */
  public static Analyzer forQueries() {
    return bigrams(false);
  }

  private static Analyzer bigrams(boolean outputUnigrams) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(stream);
        stream =
            new CJKBigramFilter(
                stream,
                CJKBigramFilter.HAN
                    | CJKBigramFilter.HIRAGANA
                    | CJKBigramFilter.KATAKANA
                    | CJKBigramFilter.HANGUL,
                outputUnigrams);
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
      }
    };
  }
}
