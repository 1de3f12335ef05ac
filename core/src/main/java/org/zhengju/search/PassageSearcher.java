package org.zhengju.search;

import java.io.IOException;

/**
 * Chinese-aware full-text search over stored passages. Holds an open index reader: whoever opens it
 * closes it.
 */
public interface PassageSearcher extends AutoCloseable {

  /**
   * Runs {@code query}: words, "phrases", AND/OR/NOT, proximity ({@code "新疆 补贴"~10}), English
   * glosses of lexicon terms, and the fields {@code company:}, {@code category:}, {@code place:},
   * {@code year:}.
   *
   * @throws QuerySyntaxException if the query cannot be parsed
   */
  SearchResult search(String query, int limit) throws IOException;

  @Override
  void close() throws IOException;
}
