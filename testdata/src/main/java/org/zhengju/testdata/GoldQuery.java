package org.zhengju.testdata;

import java.util.List;

/**
 * A search query with the sources that must be among its hits and those that must not be hit.
 *
 * @param query the query string in the CLI's query syntax
 * @param expected sources (relative to the corpus root) that must be hit
 * @param excluded sources that must not be hit
 * @param note what the query exercises
 */
public record GoldQuery(String query, List<String> expected, List<String> excluded, String note) {
  /** Validates the query and copies the lists; a source may not be both expected and excluded. */
  public GoldQuery {
    GoldLink.requireText(query, "query");
    expected = List.copyOf(expected);
    excluded = List.copyOf(excluded);
    if (expected.stream().anyMatch(excluded::contains)) {
      throw new IllegalArgumentException(
          "a source is both expected and excluded for query " + query);
    }
    java.util.Objects.requireNonNull(note, "note");
  }
}
