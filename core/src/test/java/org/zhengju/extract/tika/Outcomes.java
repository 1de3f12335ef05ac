package org.zhengju.extract.tika;

import java.util.List;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionOutcome.Extracted;
import org.zhengju.extract.ExtractionOutcome.Failed;

/** Finds outcomes by source in test results, failing with the whole list when one is missing. */
final class Outcomes {

  private Outcomes() {}

  static Extracted extracted(List<ExtractionOutcome> outcomes, String source) {
    return outcomes.stream()
        .filter(o -> o.source().equals(source) && o instanceof Extracted)
        .map(Extracted.class::cast)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no extracted document " + source + " in " + outcomes));
  }

  static Failed failed(List<ExtractionOutcome> outcomes, String source) {
    return outcomes.stream()
        .filter(o -> o.source().equals(source) && o instanceof Failed)
        .map(Failed.class::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no failure for " + source + " in " + outcomes));
  }
}
