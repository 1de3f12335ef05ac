package org.zhengju.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The analysis invariant the searcher relies on: a CJK query word finds a passage exactly when the
 * passage contains it as a substring, for words of one character and of several.
 */
class BigramPhrasePropertyTest {
  private static final String ALPHABET = "劳动力转移就业新疆补贴";

  @Test
  void aWordMatchesExactlyThePassagesThatContainIt() throws Exception {
    Random random = new Random(42);
    try (Analyzer index = ChineseAnalyzers.forIndexing();
        Analyzer query = ChineseAnalyzers.forQueries();
        ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      String[] passages = new String[60];
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(index))) {
        for (int i = 0; i < passages.length; i++) {
          passages[i] = randomText(random, 5 + random.nextInt(30));
          Document d = new Document();
          d.add(new TextField(IndexFields.MATCH, passages[i], Field.Store.NO));
          w.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        CompanyDirectory none = new CompanyDirectory(java.util.List.of(), s -> s);
        for (int round = 0; round < 150; round++) {
          String word = randomText(random, 1 + random.nextInt(4));
          long expected = java.util.Arrays.stream(passages).filter(p -> p.contains(word)).count();
          var parsed = new PassageQueryParser(query, s -> s, none).parse(word);
          assertThat(searcher.count(parsed)).as("hits of %s", word).isEqualTo((int) expected);
        }
      }
    }
  }

  private static String randomText(Random random, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    return s.toString();
  }
}
