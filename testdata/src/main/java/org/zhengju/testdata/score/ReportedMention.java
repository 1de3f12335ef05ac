package org.zhengju.testdata.score;

import java.util.Objects;

/**
 * One company mention as a system reported it, in the plain terms the gold uses.
 *
 * @param source the document's source name
 * @param surface the mention's text as it stands in the document
 * @param company the company the system resolved the mention to (its legal name, else the mention
 *     itself)
 */
public record ReportedMention(String source, String surface, String company) {
  /** Validates that no field is null. */
  public ReportedMention {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(company, "company");
  }
}
