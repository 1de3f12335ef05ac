package org.zhengju.passage;

import java.util.Objects;
import java.util.Optional;

/**
 * A paragraph-sized unit of a document, the unit that is tagged, linked and indexed.
 *
 * @param ordinal 0-based position of the passage in its document
 * @param start first character in the extracted text (source coordinates)
 * @param end one past the last character in the extracted text
 * @param normalizedStart first character in the normalized text
 * @param normalizedEnd one past the last character in the normalized text
 * @param page 1-based page of {@code start}, empty for formats without pages
 * @param text the normalized text of the passage (original script, not folded to simplified)
 */
public record Passage(
    int ordinal,
    int start,
    int end,
    int normalizedStart,
    int normalizedEnd,
    Optional<Integer> page,
    String text) {
  public Passage {
    if (ordinal < 0) throw new IllegalArgumentException("ordinal must be >= 0");
    if (start < 0 || end < start)
      throw new IllegalArgumentException("bad source range [" + start + ", " + end + ")");
    if (normalizedStart < 0 || normalizedEnd < normalizedStart)
      throw new IllegalArgumentException("bad normalized range");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(text, "text");
  }

  /** Whether the normalized span {@code [from, to)} lies inside this passage. */
  public boolean containsNormalized(int from, int to) {
    return from >= normalizedStart && to <= normalizedEnd;
  }
}
