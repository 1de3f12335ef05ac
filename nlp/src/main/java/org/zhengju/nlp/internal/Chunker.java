package org.zhengju.nlp.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a span of text into chunks of at most {@code maxChars} characters, ending chunks at sentence
 * ends where it can. CoreNLP's Chinese segmenter slows down faster than linearly with input length,
 * so it never sees more than one chunk at a time.
 *
 * <p>Consecutive sentences are packed into one chunk while they fit (fewer calls). A sentence
 * longer than the limit is cut at the last clause break ({@code ，、：} or a space) in the second half
 * of the window, else hard at the limit, never inside a surrogate pair. Chunks with no letter or
 * digit are dropped.
 */
public final class Chunker {
  private static final String SENTENCE_ENDS = "。！？；!?;\n";
  private static final String CLAUSE_BREAKS = "，,、：: \t";

  private final int maxChars;

  /** A chunker for chunks of at most {@code maxChars} characters. */
  public Chunker(int maxChars) {
    if (maxChars < 2) throw new IllegalArgumentException("maxChars must be >= 2: " + maxChars);
    this.maxChars = maxChars;
  }

  /**
   * The chunks of {@code text} between {@code from} (inclusive) and {@code to} (exclusive), in
   * order.
   */
  public List<TextChunk> chunks(CharSequence text, int from, int to) {
    if (from < 0 || to < from || to > text.length())
      throw new IndexOutOfBoundsException(
          "range [" + from + ", " + to + ") outside text of " + text.length());
    List<TextChunk> out = new ArrayList<>();
    int chunkStart = from;
    int sentenceStart = from;
    while (sentenceStart < to) {
      int sentenceEnd = sentenceEnd(text, sentenceStart, to);
      if (sentenceEnd - chunkStart <= maxChars) {
        sentenceStart = sentenceEnd; // the sentence joins the current chunk
        continue;
      }
      emit(text, chunkStart, sentenceStart, out); // the chunk so far, without this sentence
      int pos = sentenceStart;
      while (sentenceEnd - pos > maxChars) {
        int cut = cutPoint(text, pos);
        emit(text, pos, cut, out);
        pos = cut;
      }
      chunkStart = pos;
      sentenceStart = sentenceEnd;
    }
    emit(text, chunkStart, to, out);
    return out;
  }

  private static int sentenceEnd(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) return i + 1;
    }
    return to;
  }

  private int cutPoint(CharSequence text, int pos) {
    int limit = pos + maxChars;
    for (int i = limit - 1; i > pos + maxChars / 2; i--) {
      if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) return i + 1;
    }
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }

  private static void emit(CharSequence text, int start, int end, List<TextChunk> out) {
    if (end <= start) return;
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i)) || Character.isSurrogate(text.charAt(i))) {
        out.add(new TextChunk(start, end));
        return;
      }
    }
  }
}
