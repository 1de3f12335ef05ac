package org.zhengju.normalize;

import java.util.Arrays;

/**
 * Maps every character of a normalized text back to the range of source characters it came from, so
 * that a span found in normalized text can be cited in the coordinates of the extracted text.
 *
 * <p>Built by {@link Builder} one normalized character at a time. A normalized character may stand
 * for several source characters (a collapsed run of spaces, a joined line break) and several
 * normalized characters may come from one source character (NFKC expanding a ligature); both are
 * recorded exactly.
 */
public final class OffsetMap {
  private final int[] sourceStart;
  private final int[] sourceEnd;
  private final int sourceLength;

  private OffsetMap(int[] sourceStart, int[] sourceEnd, int sourceLength) {
    this.sourceStart = sourceStart;
    this.sourceEnd = sourceEnd;
    this.sourceLength = sourceLength;
  }

  /** The identity map for a text of {@code length} characters. */
  public static OffsetMap identity(int length) {
    Builder b = new Builder(length);
    for (int i = 0; i < length; i++) b.add(i, i + 1);
    return b.build(length);
  }

  /** Number of normalized characters mapped. */
  public int length() {
    return sourceStart.length;
  }

  /** Length of the source text. */
  public int sourceLength() {
    return sourceLength;
  }

  /**
   * Source offset where the normalized span starting at {@code normalizedStart} begins. {@code
   * length()} maps to the source length.
   */
  public int toSourceStart(int normalizedStart) {
    check(normalizedStart);
    return normalizedStart == sourceStart.length ? sourceLength : sourceStart[normalizedStart];
  }

  /**
   * Source offset (exclusive) where the normalized span ending at {@code normalizedEnd} (exclusive)
   * ends.
   */
  public int toSourceEnd(int normalizedEnd) {
    check(normalizedEnd);
    return normalizedEnd == 0
        ? (sourceStart.length == 0 ? 0 : sourceStart[0])
        : sourceEnd[normalizedEnd - 1];
  }

  /**
   * The first normalized offset whose character comes from source offset {@code sourceOffset} or
   * later; the inverse of {@link #toSourceStart} for offsets that start a normalized character.
   */
  public int toNormalized(int sourceOffset) {
    if (sourceOffset < 0 || sourceOffset > sourceLength)
      throw new IndexOutOfBoundsException(
          "source offset " + sourceOffset + " outside [0, " + sourceLength + "]");
    int i = Arrays.binarySearch(sourceEnd, sourceOffset + 1);
    if (i < 0) i = -i - 1;
    while (i > 0 && sourceEnd[i - 1] > sourceOffset) i--;
    return i;
  }

  private void check(int offset) {
    if (offset < 0 || offset > sourceStart.length)
      throw new IndexOutOfBoundsException(
          "normalized offset " + offset + " outside [0, " + sourceStart.length + "]");
  }

  /** Collects the source range of each normalized character, in order. */
  public static final class Builder {
    private int[] start;
    private int[] end;
    private int size;

    /** A builder expecting about {@code capacity} characters. */
    public Builder(int capacity) {
      start = new int[Math.max(16, capacity)];
      end = new int[start.length];
    }

    /** Records that the next normalized character comes from source range {@code [from, to)}. */
    public Builder add(int from, int to) {
      if (from < 0 || to < from)
        throw new IllegalArgumentException("bad source range [" + from + ", " + to + ")");
      if (size > 0 && (from < start[size - 1] || to < end[size - 1]))
        throw new IllegalArgumentException(
            "source ranges must not go backwards: ["
                + from
                + ", "
                + to
                + ") after ["
                + start[size - 1]
                + ", "
                + end[size - 1]
                + ")");
      if (size == start.length) {
        start = Arrays.copyOf(start, size * 2);
        end = Arrays.copyOf(end, size * 2);
      }
      start[size] = from;
      end[size] = to;
      size++;
      return this;
    }

    /** Number of normalized characters recorded so far. */
    public int size() {
      return size;
    }

    /** The finished map over a source text of {@code sourceLength} characters. */
    public OffsetMap build(int sourceLength) {
      if (size > 0 && end[size - 1] > sourceLength)
        throw new IllegalArgumentException("source range past the source length " + sourceLength);
      return new OffsetMap(Arrays.copyOf(start, size), Arrays.copyOf(end, size), sourceLength);
    }
  }
}
