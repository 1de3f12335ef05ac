package org.zhengju.search;

import java.util.List;
import java.util.Objects;

/**
 * The answer to one search.
 *
 * @param query the query as given
 * @param total number of matching passages (may exceed {@code hits.size()})
 * @param hits the best hits, best first
 */
public record SearchResult(String query, long total, List<SearchHit> hits) {
  public SearchResult {
    Objects.requireNonNull(query, "query");
    hits = List.copyOf(hits);
  }
}
