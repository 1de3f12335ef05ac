package org.zhengju.entity.internal;

/**
 * A half-open range {@code [start, end)} of the normalized text found by a scanner.
 *
 * @param start first character
 * @param end one past the last character
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end <= start)
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Whether {@code other} lies inside this span. */
  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }
}
