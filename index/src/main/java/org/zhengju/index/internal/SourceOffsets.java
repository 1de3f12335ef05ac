package org.zhengju.index.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.zhengju.normalize.NormalizedText;

/**
 * The source range of every normalized character of one passage, so that a match found in the
 * passage's normalized text can be cited exactly in source coordinates. Encoded as variable-length
 * deltas (most characters map one to one) for a stored binary field.
 */
public final class SourceOffsets {
  private final int[] starts;
  private final int[] ends;

  private SourceOffsets(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  /** The source ranges of normalized characters {@code [from, to)} of {@code text}. */
  public static SourceOffsets of(NormalizedText text, int from, int to) {
    int[] starts = new int[to - from];
    int[] ends = new int[to - from];
    for (int i = from; i < to; i++) {
      starts[i - from] = text.sourceStart(i);
      ends[i - from] = text.sourceEnd(i + 1);
    }
    return new SourceOffsets(starts, ends);
  }

  /** Decodes what {@link #encode()} wrote. */
  public static SourceOffsets decode(byte[] bytes) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes);
    int n = in.readVInt();
    int[] starts = new int[n];
    int[] ends = new int[n];
    int previous = n == 0 ? 0 : in.readVInt();
    for (int i = 0; i < n; i++) {
      starts[i] = previous + in.readVInt();
      ends[i] = starts[i] + in.readVInt();
      previous = starts[i];
    }
    return new SourceOffsets(starts, ends);
  }

  /** The compact binary form: count, base, then per character the start delta and the length. */
  public byte[] encode() {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeVInt(starts.length);
      int previous = starts.length == 0 ? 0 : starts[0];
      if (starts.length > 0) out.writeVInt(previous);
      for (int i = 0; i < starts.length; i++) {
        out.writeVInt(starts[i] - previous);
        out.writeVInt(ends[i] - starts[i]);
        previous = starts[i];
      }
    } catch (IOException e) {
      // ByteBuffersDataOutput writes to memory and declares IOException only through DataOutput.
      throw new UncheckedIOException("in-memory write failed", e);
    }
    return out.toArrayCopy();
  }

  /** Number of characters covered. */
  public int length() {
    return starts.length;
  }

  /** Source start of the span starting at passage-relative character {@code from}. */
  public int sourceStart(int from) {
    return starts[from];
  }

  /**
   * Source end (exclusive) of the span ending at passage-relative character {@code to} (exclusive).
   */
  public int sourceEnd(int to) {
    return ends[to - 1];
  }
}
