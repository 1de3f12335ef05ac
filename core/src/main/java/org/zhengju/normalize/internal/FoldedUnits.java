package org.zhengju.normalize.internal;

import java.util.Arrays;

/**
 * A growing sequence of UTF-16 units, each with the source range {@code [start, end)} it came from:
 * the output of {@link CompatibilityFolder} and the input of {@link LineAssembler}. Not
 * thread-safe; one per call.
 */
public final class FoldedUnits {
  private char[] chars;
  private int[] start;
  private int[] end;
  private int size;

  /** An empty sequence expecting about {@code capacity} units. */
  public FoldedUnits(int capacity) {
    int initial = Math.max(16, capacity);
    chars = new char[initial];
    start = new int[initial];
    end = new int[initial];
  }

  /** Appends unit {@code c} coming from source range {@code [from, to)}. */
  public void add(char c, int from, int to) {
    if (size == chars.length) {
      int grown = size * 2;
      chars = Arrays.copyOf(chars, grown);
      start = Arrays.copyOf(start, grown);
      end = Arrays.copyOf(end, grown);
    }
    chars[size] = c;
    start[size] = from;
    end[size] = to;
    size++;
  }

  /** Number of units. */
  public int size() {
    return size;
  }

  /** The unit at {@code index}. */
  public char charAt(int index) {
    return chars[index];
  }

  /** The code point starting at {@code index}, not reading past {@code limit}. */
  public int codePointAt(int index, int limit) {
    return Character.codePointAt(chars, index, limit);
  }

  /** The code point ending just before {@code index}, not reading before {@code floor}. */
  public int codePointBefore(int index, int floor) {
    return Character.codePointBefore(chars, index, floor);
  }

  /** Source start of the unit at {@code index}. */
  public int sourceStart(int index) {
    return start[index];
  }

  /** Source end of the unit at {@code index}. */
  public int sourceEnd(int index) {
    return end[index];
  }

  /**
   * The units {@code [from, to)} as a char sequence (a view, valid until the next {@link #add}).
   */
  public CharSequence subSequence(int from, int to) {
    return java.nio.CharBuffer.wrap(chars, from, to - from);
  }
}
