package org.zhengju.nlp.internal;

/**
 * A span {@code [start, end)} of normalized text given to CoreNLP in one call.
 *
 * @param start first normalized offset
 * @param end one past the last normalized offset
 */
public record TextChunk(int start, int end) {
  public TextChunk {
    if (start < 0 || end <= start)
      throw new IllegalArgumentException("bad chunk [" + start + ", " + end + ")");
  }

  /** Number of characters in the chunk. */
  public int length() {
    return end - start;
  }
}
