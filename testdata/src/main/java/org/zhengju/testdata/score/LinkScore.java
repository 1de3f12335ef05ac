package org.zhengju.testdata.score;

import java.util.List;

/**
 * How a system's linked companies compare with the gold.
 *
 * @param truePositives gold companies (grade A–C) the system links (A–C)
 * @param falsePositives companies the system links (A–C) that the gold does not (including
 *     non-links)
 * @param falseNegatives gold companies (grade A–C) the system does not link
 * @param gradeMismatches gold companies linked with another grade than the gold's strongest, as
 *     "name: gold X, got Y"
 * @param missedEvidence gold rows whose quote fragment is in no evidence quote of that company and
 *     source
 * @param nonLinkViolations gold non-links the system links (A–C)
 * @param supplyChainFound gold grade-D companies (no A–C gold row) the system reports with grade D
 * @param supplyChainMissed gold grade-D companies the system does not report with grade D, as "name
 *     (got X)" or "name (not found)"
 * @param supplyChainUnexpected companies the system reports with grade D that the gold does not
 *     (informational: the gold lists only the D companies it was written for)
 */
public record LinkScore(
    List<String> truePositives,
    List<String> falsePositives,
    List<String> falseNegatives,
    List<String> gradeMismatches,
    List<String> missedEvidence,
    List<String> nonLinkViolations,
    List<String> supplyChainFound,
    List<String> supplyChainMissed,
    List<String> supplyChainUnexpected) {
  /** Copies the lists. */
  public LinkScore {
    truePositives = List.copyOf(truePositives);
    falsePositives = List.copyOf(falsePositives);
    falseNegatives = List.copyOf(falseNegatives);
    gradeMismatches = List.copyOf(gradeMismatches);
    missedEvidence = List.copyOf(missedEvidence);
    nonLinkViolations = List.copyOf(nonLinkViolations);
    supplyChainFound = List.copyOf(supplyChainFound);
    supplyChainMissed = List.copyOf(supplyChainMissed);
    supplyChainUnexpected = List.copyOf(supplyChainUnexpected);
  }

  /** True positives over all linked companies (1 when nothing is linked). */
  public double precision() {
    return Ratios.precision(truePositives.size(), falsePositives.size());
  }

  /** True positives over all gold companies (1 when the gold has none). */
  public double recall() {
    return Ratios.recall(truePositives.size(), falseNegatives.size());
  }

  /** A multi-line summary for test output and notes. */
  public String summary() {
    return String.format(
        "precision %.3f (%d/%d), recall %.3f (%d/%d)%n  false positives: %s%n  false negatives: %s%n"
            + "  grade mismatches: %s%n  missed evidence: %s%n  non-link violations: %s%n"
            + "  supply chain (D): found %s, missed %s, unexpected %s",
        precision(),
        truePositives.size(),
        truePositives.size() + falsePositives.size(),
        recall(),
        truePositives.size(),
        truePositives.size() + falseNegatives.size(),
        falsePositives,
        falseNegatives,
        gradeMismatches,
        missedEvidence,
        nonLinkViolations,
        supplyChainFound,
        supplyChainMissed,
        supplyChainUnexpected);
  }
}
