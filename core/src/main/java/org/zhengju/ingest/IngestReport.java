package org.zhengju.ingest;

import java.util.List;
import java.util.Objects;

/**
 * Summary of one ingest run.
 *
 * @param files top-level files found under the given paths
 * @param outcomes one outcome per document (top-level or embedded), in the order files were found
 * @param passages passages stored in this run
 * @param companies companies the whole index now links to a programme with grade A–C
 * @param elapsedMillis wall-clock time of the run
 */
public record IngestReport(
    int files, List<FileOutcome> outcomes, long passages, int companies, long elapsedMillis) {
  public IngestReport {
    outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes"));
  }

  /** Documents stored in this run (indexed or partial). */
  public long documents() {
    return count(FileOutcome.Status.INDEXED) + count(FileOutcome.Status.PARTIAL);
  }

  /** Documents skipped because their SHA-256 was already indexed. */
  public long skipped() {
    return count(FileOutcome.Status.SKIPPED);
  }

  /** The outcomes with the given status. */
  public List<FileOutcome> withStatus(FileOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).toList();
  }

  /** Whether any document failed. */
  public boolean hasFailures() {
    return count(FileOutcome.Status.FAILED) > 0;
  }

  private long count(FileOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }
}
