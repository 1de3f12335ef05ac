package org.zhengju.verify;

import org.zhengju.evidence.EvidenceItem;
import org.zhengju.normalize.NormalizedText;

/**
 * Defines, in one place, how a quote relates to its cited source offsets: the quote is the
 * normalized text of the normalized characters that come from source range {@code [start, end)}.
 */
public final class QuoteLocator {
  private QuoteLocator() {}

  /** The quote for source range {@code [start, end)} of a normalized document. */
  public static String quote(NormalizedText text, int start, int end) {
    int from = text.map().toNormalized(start);
    int to = text.map().toNormalized(end);
    return text.text().substring(from, Math.max(from, to));
  }

  /** Whether {@code item}'s quote is found at its offsets in {@code text}. */
  public static boolean matches(NormalizedText text, EvidenceItem item) {
    if (item.end() > text.map().sourceLength()) return false;
    return quote(text, item.start(), item.end()).equals(item.quote());
  }
}
