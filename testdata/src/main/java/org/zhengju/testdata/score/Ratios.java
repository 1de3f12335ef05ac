package org.zhengju.testdata.score;

/**
 * Precision and recall from counts, defined as 1 when there is nothing to count (shared by the
 * scores).
 */
final class Ratios {
  private Ratios() {}

  /** {@code tp / (tp + fp)}, or 1 when nothing was reported. */
  static double precision(int truePositives, int falsePositives) {
    int reported = truePositives + falsePositives;
    return reported == 0 ? 1.0 : (double) truePositives / reported;
  }

  /** {@code tp / (tp + fn)}, or 1 when the gold holds nothing. */
  static double recall(int truePositives, int falseNegatives) {
    int gold = truePositives + falseNegatives;
    return gold == 0 ? 1.0 : (double) truePositives / gold;
  }
}
