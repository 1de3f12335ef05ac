package org.zhengju.nlp.internal;

import java.util.Optional;
import org.zhengju.nlp.CoreNlpStats;

/** Thread-safe running counters behind {@link CoreNlpStats}. */
public final class StatsCounter {
  private long chunks;
  private long chars;
  private long skipped;
  private long failed;
  private long nanos;
  private String unavailable;
  private String lastFailure;

  /**
   * Records one chunk of {@code length} characters that took {@code elapsedNanos}, and how it
   * ended.
   */
  public synchronized void chunk(int length, long elapsedNanos, ChunkOutcome outcome) {
    chunks++;
    chars += length;
    nanos += elapsedNanos;
    if (outcome == ChunkOutcome.SKIPPED) skipped++;
    if (outcome == ChunkOutcome.FAILED) failed++;
  }

  /** Records the error that made the last failed chunk fail. */
  public synchronized void failure(Throwable error) {
    lastFailure = String.valueOf(error);
  }

  /** Records why the recognizer cannot run at all. */
  public synchronized void unavailable(String reason) {
    unavailable = reason;
  }

  /** A snapshot of the counters. */
  public synchronized CoreNlpStats snapshot() {
    return new CoreNlpStats(
        chunks,
        chars,
        skipped,
        failed,
        nanos / 1_000_000L,
        Optional.ofNullable(unavailable),
        Optional.ofNullable(lastFailure));
  }

  /** How annotating one chunk ended. */
  public enum ChunkOutcome {
    /** Annotated to the end. */
    DONE,
    /** Abandoned past the time bound. */
    SKIPPED,
    /** CoreNLP failed on it. */
    FAILED
  }
}
