package org.zhengju.normalize.internal;

import java.util.List;
import org.zhengju.document.TextSpan;

/**
 * Drops the folded units that come from boilerplate spans (and the line break after each) before
 * assembly.
 */
public final class BoilerplateSkipper {

  private BoilerplateSkipper() {}

  /**
   * The units of {@code folded} whose source range lies outside every span of {@code boilerplate}
   * extended by the one line break ({@code \n}, {@code \r\n}) that follows it in {@code source}.
   */
  public static FoldedUnits skip(FoldedUnits folded, String source, List<TextSpan> boilerplate) {
    int[] from = new int[boilerplate.size()];
    int[] to = new int[boilerplate.size()];
    for (int i = 0; i < boilerplate.size(); i++) {
      TextSpan span = boilerplate.get(i);
      int end = span.end();
      if (end < source.length() && source.charAt(end) == '\r') end++;
      if (end < source.length() && source.charAt(end) == '\n') end++;
      from[i] = span.start();
      to[i] = end;
    }
    FoldedUnits kept = new FoldedUnits(folded.size());
    int span = 0;
    for (int i = 0; i < folded.size(); i++) {
      int start = folded.sourceStart(i);
      while (span < from.length && to[span] <= start) span++;
      boolean inside = span < from.length && start >= from[span] && folded.sourceEnd(i) <= to[span];
      if (!inside) kept.add(folded.charAt(i), start, folded.sourceEnd(i));
    }
    return kept;
  }
}
