package org.zhengju.verify;

import java.util.List;

/**
 * The result of verifying an index against its source files.
 *
 * @param documents documents whose source file was present and re-read
 * @param quotes quotes re-found at their cited offsets
 * @param missing sources whose file is no longer where it was ingested from (not an integrity
 *     failure)
 * @param mismatches hashes that changed and quotes that were not re-found
 */
public record VerificationReport(
    int documents, int quotes, List<String> missing, List<Mismatch> mismatches) {
  public VerificationReport {
    missing = List.copyOf(missing);
    mismatches = List.copyOf(mismatches);
  }

  /** Whether everything that could be checked matched. */
  public boolean ok() {
    return mismatches.isEmpty();
  }
}
