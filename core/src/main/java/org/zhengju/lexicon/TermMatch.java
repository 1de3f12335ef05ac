package org.zhengju.lexicon;

import java.util.Objects;

/**
 * A lexicon term found in a document.
 *
 * @param entry the lexicon entry matched
 * @param start source offset (extracted text) of the match
 * @param end source end offset, exclusive
 * @param normalizedStart offset in the normalized text
 * @param normalizedEnd end offset in the normalized text, exclusive
 */
public record TermMatch(
    LexiconEntry entry, int start, int end, int normalizedStart, int normalizedEnd) {
  public TermMatch {
    Objects.requireNonNull(entry, "entry");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad source range");
    if (normalizedStart < 0 || normalizedEnd <= normalizedStart)
      throw new IllegalArgumentException("bad normalized range");
  }

  /** The reported category of the matched term. */
  public Category category() {
    return entry.category();
  }
}
