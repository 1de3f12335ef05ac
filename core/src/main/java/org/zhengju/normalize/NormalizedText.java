package org.zhengju.normalize;

import java.util.Objects;

/**
 * Text after normalization, with the map back to the extracted text it came from.
 *
 * @param text the normalized text (width folded, NFKC, broken lines joined, whitespace collapsed);
 *     keeps traditional characters as written
 * @param matchText the same text with traditional characters folded to simplified, character for
 *     character (same length, same offsets), which is what taggers and recognizers match against
 * @param map maps offsets of {@code text} (and {@code matchText}) to offsets of the source text
 */
public record NormalizedText(String text, String matchText, OffsetMap map) {
  public NormalizedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(matchText, "matchText");
    Objects.requireNonNull(map, "map");
    if (matchText.length() != text.length())
      throw new IllegalArgumentException("matchText must have the same length as text");
    if (map.length() != text.length())
      throw new IllegalArgumentException(
          "map length " + map.length() + " != text length " + text.length());
  }

  /** Source offset of normalized offset {@code start} (span start). */
  public int sourceStart(int start) {
    return map.toSourceStart(start);
  }

  /** Source offset of normalized offset {@code end} (span end, exclusive). */
  public int sourceEnd(int end) {
    return map.toSourceEnd(end);
  }
}
