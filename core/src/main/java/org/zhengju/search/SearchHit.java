package org.zhengju.search;

import java.util.Objects;
import java.util.Optional;

/**
 * One passage that matches a search.
 *
 * @param source the document's source name
 * @param sha256 SHA-256 of the document
 * @param page 1-based page of the passage, empty for formats without pages
 * @param score relevance score
 * @param snippet passage text around the match with matches wrapped in {@code <em>…</em>}
 * @param start source offset of the passage (or of the first match, when known) in the extracted
 *     text
 * @param end source end offset, exclusive
 */
public record SearchHit(
    String source,
    String sha256,
    Optional<Integer> page,
    float score,
    String snippet,
    int start,
    int end) {
  public SearchHit {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(snippet, "snippet");
  }
}
