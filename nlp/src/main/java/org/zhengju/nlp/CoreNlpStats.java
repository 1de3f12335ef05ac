package org.zhengju.nlp;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link CoreNlpEntityRecognizer} has done since it was created: the recognizer interface
 * returns only mentions, so chunks skipped or failed are counted here.
 *
 * @param chunks chunks given to CoreNLP (including skipped and failed ones)
 * @param chars characters in those chunks
 * @param skippedChunks chunks abandoned because they ran past the per-chunk time bound
 * @param failedChunks chunks on which CoreNLP failed (an exception or out of memory); their
 *     mentions are missing
 * @param millis wall-clock milliseconds spent waiting for CoreNLP on chunks
 * @param unavailable why the recognizer could not run at all (models missing or corrupt, heap too
 *     small), if so
 * @param lastFailure the error of the last failed chunk, if any
 */
public record CoreNlpStats(
    long chunks,
    long chars,
    long skippedChunks,
    long failedChunks,
    long millis,
    Optional<String> unavailable,
    Optional<String> lastFailure) {
  public CoreNlpStats {
    if (chunks < 0 || chars < 0 || skippedChunks < 0 || failedChunks < 0 || millis < 0)
      throw new IllegalArgumentException("counters must be >= 0");
    if (skippedChunks + failedChunks > chunks)
      throw new IllegalArgumentException("skippedChunks + failedChunks must not exceed chunks");
    Objects.requireNonNull(unavailable, "unavailable");
    Objects.requireNonNull(lastFailure, "lastFailure");
  }

  /** Chunks annotated to the end. */
  public long completedChunks() {
    return chunks - skippedChunks - failedChunks;
  }
}
