package org.zhengju.document;

/**
 * A half-open range {@code [start, end)} of a document's extracted text, in UTF-16 code units.
 *
 * @param start first character of the span
 * @param end one past the last character
 */
public record TextSpan(int start, int end) {
  public TextSpan {
    if (start < 0 || end < start)
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
  }

  /** Whether the character offset lies in this span. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** Number of characters in the span. */
  public int length() {
    return end - start;
  }
}
