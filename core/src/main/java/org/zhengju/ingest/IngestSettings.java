package org.zhengju.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How an ingest run uses the machine.
 *
 * @param threads worker threads that extract and analyse files (default: available processors)
 * @param timeoutPerFile how long one top-level file may take before it is recorded as failed
 * @param commitEvery commit the store after this many files, so an interrupted run keeps its work
 */
public record IngestSettings(int threads, Duration timeoutPerFile, int commitEvery) {
  public IngestSettings {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
    Objects.requireNonNull(timeoutPerFile, "timeoutPerFile");
    if (timeoutPerFile.isNegative() || timeoutPerFile.isZero())
      throw new IllegalArgumentException("timeoutPerFile must be positive: " + timeoutPerFile);
    if (commitEvery < 1)
      throw new IllegalArgumentException("commitEvery must be >= 1: " + commitEvery);
  }

  /** One thread per core, 5 minutes per file, a commit every 50 files. */
  public static IngestSettings defaults() {
    return new IngestSettings(
        Runtime.getRuntime().availableProcessors(), Duration.ofMinutes(5), 50);
  }

  /** These settings with {@code n} threads. */
  public IngestSettings withThreads(int n) {
    return new IngestSettings(n, timeoutPerFile, commitEvery);
  }
}
