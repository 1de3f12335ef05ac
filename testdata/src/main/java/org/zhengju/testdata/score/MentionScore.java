package org.zhengju.testdata.score;

import java.util.List;

/**
 * How a system's company mentions compare with the gold mentions, over distinct (source, surface)
 * pairs.
 *
 * @param truePositives gold mentions the system reported with exactly that surface, as "source:
 *     surface"
 * @param falsePositives reported surfaces the gold does not list for that source (wrong boundaries
 *     included)
 * @param falseNegatives gold mentions the system did not report with exactly that surface
 * @param resolved true positives whose every reported occurrence resolves to the gold company
 * @param misresolved true positives with an occurrence resolved to another company, as "source:
 *     surface → got [companies], gold company"
 * @param unscoredSources sources where the system reported company mentions but the gold has no row
 *     (documents added after the gold was written); they count neither way
 */
public record MentionScore(
    List<String> truePositives,
    List<String> falsePositives,
    List<String> falseNegatives,
    List<String> resolved,
    List<String> misresolved,
    List<String> unscoredSources) {
  /** Copies the lists. */
  public MentionScore {
    truePositives = List.copyOf(truePositives);
    falsePositives = List.copyOf(falsePositives);
    falseNegatives = List.copyOf(falseNegatives);
    resolved = List.copyOf(resolved);
    misresolved = List.copyOf(misresolved);
    unscoredSources = List.copyOf(unscoredSources);
  }

  /** True positives over all reported (source, surface) pairs (1 when nothing is reported). */
  public double precision() {
    return Ratios.precision(truePositives.size(), falsePositives.size());
  }

  /** True positives over all gold (source, surface) pairs (1 when the gold has none). */
  public double recall() {
    return Ratios.recall(truePositives.size(), falseNegatives.size());
  }

  /** Share of the found gold mentions resolved to the gold company (1 when none was found). */
  public double resolutionAccuracy() {
    return truePositives.isEmpty() ? 1.0 : (double) resolved.size() / truePositives.size();
  }

  /** A multi-line summary for test output and notes. */
  public String summary() {
    return String.format(
        "mention precision %.3f (%d/%d), recall %.3f (%d/%d), resolution accuracy %.3f (%d/%d)%n"
            + "  false positives: %s%n  false negatives: %s%n  misresolved: %s%n  unscored sources: %s",
        precision(),
        truePositives.size(),
        truePositives.size() + falsePositives.size(),
        recall(),
        truePositives.size(),
        truePositives.size() + falseNegatives.size(),
        resolutionAccuracy(),
        resolved.size(),
        truePositives.size(),
        falsePositives,
        falseNegatives,
        misresolved,
        unscoredSources);
  }
}
