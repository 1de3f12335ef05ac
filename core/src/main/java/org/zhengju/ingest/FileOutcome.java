package org.zhengju.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * The recorded outcome of one document during an ingest run: exactly one per document.
 *
 * @param source the document's source name
 * @param status what happened
 * @param reason why, for {@code PARTIAL}, {@code FAILED} and {@code SKIPPED}
 * @param passages passages stored for it (0 unless indexed or partial)
 */
public record FileOutcome(String source, Status status, Optional<String> reason, int passages) {

  /** What happened to a document. */
  public enum Status {
    /** Extracted, analysed and stored completely. */
    INDEXED,
    /** Stored, but some of its text may be missing; {@code reason} says why. */
    PARTIAL,
    /** Already in the index (same SHA-256): nothing done. */
    SKIPPED,
    /** Could not be read or analysed; {@code reason} says why and what to do. */
    FAILED
  }

  public FileOutcome {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    if ((status == Status.FAILED || status == Status.PARTIAL) && reason.isEmpty())
      throw new IllegalArgumentException(status + " needs a reason");
  }
}
