package org.zhengju.testdata.score;

import java.util.Objects;

/**
 * One evidence item as a system reported it, in the plain terms the gold uses.
 *
 * @param source the document's source name
 * @param quote the quote
 * @param grade the item's grade letter (A–E)
 */
public record ReportedEvidence(String source, String quote, String grade) {
  /** Validates that no field is null. */
  public ReportedEvidence {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(grade, "grade");
  }
}
