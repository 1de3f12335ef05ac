package org.zhengju.verify;

import java.util.Objects;

/**
 * One integrity problem found by verification.
 *
 * @param source the document's source name
 * @param problem what does not match, e.g. {@code "sha256 changed"} or {@code "quote not found at
 *     812–860"}
 */
public record Mismatch(String source, String problem) {
  public Mismatch {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(problem, "problem");
  }
}
