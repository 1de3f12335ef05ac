package org.zhengju.lexicon.internal;

import java.util.Arrays;

/**
 * An open-addressing hash map from (state, char) to the next state, without boxing. Grows as
 * needed; absent keys read as -1.
 */
final class TransitionTable {
  private static final long EMPTY = -1L;
  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  TransitionTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    allocate(capacity);
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(keys, EMPTY);
    mask = capacity - 1;
    size = 0;
  }

  private static long key(int state, char c) {
    return ((long) state << 16) | c;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  int get(int state, char c) {
    long k = key(state, c);
    for (int i = slot(k); ; i = (i + 1) & mask) {
      long stored = keys[i];
      if (stored == k) return values[i];
      if (stored == EMPTY) return -1;
    }
  }

  void put(int state, char c, int target) {
    if ((size + 1) * 2 > keys.length) rehash();
    long k = key(state, c);
    int i = slot(k);
    while (keys[i] != EMPTY && keys[i] != k) i = (i + 1) & mask;
    if (keys[i] == EMPTY) size++;
    keys[i] = k;
    values[i] = target;
  }

  private void rehash() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    allocate(keys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        long k = oldKeys[i];
        put((int) (k >>> 16), (char) (k & 0xFFFF), oldValues[i]);
      }
    }
  }
}
