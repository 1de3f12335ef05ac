package org.zhengju.ingest;

/**
 * Receives progress of an ingest run, e.g. to draw a progress bar. Called from the ingesting
 * thread.
 */
public interface IngestListener {

  /** Called once, when the files to read are known. */
  default void started(int totalFiles) {}

  /** Called after each top-level file, with how many are done. */
  default void fileDone(String source, int doneFiles, int totalFiles) {}

  /** Called for each document outcome as it is recorded. */
  default void outcome(FileOutcome outcome) {}

  /** A listener that ignores everything. */
  IngestListener NONE = new IngestListener() {};
}
