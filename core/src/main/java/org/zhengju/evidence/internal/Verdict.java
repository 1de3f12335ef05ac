package org.zhengju.evidence.internal;

import java.util.Objects;
import org.zhengju.evidence.Grade;

/**
 * The outcome of one linking rule.
 *
 * @param grade the grade the rule supports
 * @param rationale one sentence for reviewers naming the rule and what it saw
 */
public record Verdict(Grade grade, String rationale) {
  public Verdict {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(rationale, "rationale");
  }
}
