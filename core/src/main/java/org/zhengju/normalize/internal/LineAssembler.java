package org.zhengju.normalize.internal;

import java.util.ArrayList;
import java.util.List;
import org.zhengju.normalize.OffsetMap;

/**
 * Turns folded units into lines of normalized text: joins lines broken inside a sentence, writes
 * one {@code \n} per paragraph break, collapses whitespace, and records the source range of every
 * character written.
 *
 * <p>Whitespace: inside a line, a run of spaces becomes one space, or nothing when it stands
 * between two CJK characters (OCR inserts such spaces; a curly quote next to a CJK character counts
 * as CJK here). A run that contains tabs becomes its tabs, one {@code \t} per tab (cell separators
 * of extracted spreadsheets, kept so that empty cells keep their column), without the spaces around
 * them. Spaces at the start and end of a line are dropped; tabs there are kept. Blank lines and
 * whitespace at the start and end of the text are dropped.
 *
 * <p>Line breaks ({@code \n}, {@code \r\n}, a lone {@code \r}, VT, FF, NEL, LS, PS) between two
 * non-blank lines are decided by {@link LineBreakRules}. A paragraph break is written as one {@code
 * \n}. When blank lines force a break where a single {@code \n} would be joined (a heading without
 * final punctuation followed by a blank line), the break is written as {@code \n\n}, so that
 * normalizing the normalized text again changes nothing.
 *
 * <p>Decisions look only at lines already collapsed (and, for the line after the break, at the
 * start of the logical line it begins, with its own joins applied), which is what makes
 * normalization idempotent: a second pass sees exactly the same characters. Hence lines are
 * collapsed first, breaks decided from the last to the first, and the text written last.
 *
 * <p>The space written for a collapsed run maps to the whole run; a paragraph break maps to
 * everything between the two lines' text; a removed line break or removed space has no normalized
 * character. Single use, not thread-safe.
 */
public final class LineAssembler {
  /**
   * How much of the next logical line the break rules may look at (enough for any enumeration
   * marker).
   */
  private static final int LOOKAHEAD = 32;

  private final FoldedUnits units;
  private final StringBuilder out;
  private final OffsetMap.Builder map;

  /** The collapsed text of all non-blank lines, one after the other, with their source ranges. */
  private final FoldedUnits collapsed;

  /**
   * An assembler writing the lines of {@code units} to {@code out}, recording offsets in {@code
   * map}.
   */
  public LineAssembler(FoldedUnits units, StringBuilder out, OffsetMap.Builder map) {
    this.units = units;
    this.out = out;
    this.map = map;
    this.collapsed = new FoldedUnits(units.size());
  }

  /** Writes all lines. */
  public void assemble() {
    List<Line> lines = collapseLines();
    LineBreakRules.Outcome[] outcomes = new LineBreakRules.Outcome[Math.max(0, lines.size() - 1)];
    String nextPrefix = "";
    for (int i = lines.size() - 2; i >= -1; i--) {
      Line next = lines.get(i + 1);
      boolean joined =
          i + 1 < lines.size() - 1
              && !lines.get(i + 2).blankBefore
              && outcomes[i + 1] != LineBreakRules.Outcome.BREAK;
      nextPrefix =
          prefix(next, joined ? outcomes[i + 1] : LineBreakRules.Outcome.BREAK, nextPrefix);
      if (i >= 0) outcomes[i] = decide(lines.get(i), next, nextPrefix);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) writeBreak(lines.get(i - 1), lines.get(i), outcomes[i - 1]);
      Line line = lines.get(i);
      for (int k = line.from; k < line.to; k++)
        emit(collapsed.charAt(k), collapsed.sourceStart(k), collapsed.sourceEnd(k));
    }
  }

  /** The first {@link #LOOKAHEAD} characters of the logical line starting with {@code line}. */
  private String prefix(Line line, LineBreakRules.Outcome toFollowing, String followingPrefix) {
    StringBuilder prefix = new StringBuilder(LOOKAHEAD + 1);
    prefix.append(collapsed.subSequence(line.from, Math.min(line.to, line.from + LOOKAHEAD)));
    if (toFollowing == LineBreakRules.Outcome.JOIN_WITH_SPACE) prefix.append(' ');
    if (toFollowing != LineBreakRules.Outcome.BREAK) prefix.append(followingPrefix);
    prefix.setLength(Math.min(prefix.length(), LOOKAHEAD));
    return prefix.toString();
  }

  private LineBreakRules.Outcome decide(Line previous, Line next, String nextPrefix) {
    int last = collapsed.codePointBefore(previous.to, previous.from);
    int lastStart = previous.to - Character.charCount(last);
    int beforeLast =
        lastStart > previous.from ? collapsed.codePointBefore(lastStart, previous.from) : -1;
    return LineBreakRules.decide(beforeLast, last, nextPrefix, previous.hasTab || next.hasTab);
  }

  private void writeBreak(Line previous, Line next, LineBreakRules.Outcome outcome) {
    int gapStart = collapsed.sourceEnd(previous.to - 1);
    int gapEnd = collapsed.sourceStart(next.from);
    if (next.blankBefore) {
      if (outcome == LineBreakRules.Outcome.BREAK) {
        emit('\n', gapStart, gapEnd);
      } else {
        // a single \n would be joined when normalizing again: write the blank line to keep the
        // break
        emit('\n', gapStart, previous.breakEnd);
        emit('\n', previous.breakEnd, gapEnd);
      }
      return;
    }
    if (outcome == LineBreakRules.Outcome.JOIN_WITH_SPACE) emit(' ', gapStart, gapEnd);
    else if (outcome == LineBreakRules.Outcome.BREAK) emit('\n', gapStart, gapEnd);
  }

  /**
   * Splits the units into lines and collapses the whitespace of each non-blank one into {@link
   * #collapsed}.
   */
  private List<Line> collapseLines() {
    List<Line> lines = new ArrayList<>();
    int n = units.size();
    boolean blankBefore = false;
    int pos = 0;
    while (true) {
      int lineEnd = pos;
      while (lineEnd < n && !CharClasses.isLineBreak(units.charAt(lineEnd))) lineEnd++;
      int breakEnd = lineEnd;
      if (breakEnd < n) {
        breakEnd++;
        if (units.charAt(lineEnd) == '\r' && breakEnd < n && units.charAt(breakEnd) == '\n')
          breakEnd++;
      }
      int from = collapsed.size();
      boolean hasTab = collapseLine(pos, lineEnd);
      if (collapsed.size() > from) {
        int breakSourceEnd =
            breakEnd > lineEnd ? units.sourceEnd(breakEnd - 1) : units.sourceEnd(lineEnd - 1);
        lines.add(
            new Line(
                from, collapsed.size(), hasTab, blankBefore && !lines.isEmpty(), breakSourceEnd));
        blankBefore = false;
      } else {
        blankBefore = true;
      }
      if (breakEnd == lineEnd) return lines;
      pos = breakEnd;
    }
  }

  /**
   * Collapses units {@code [from, to)} (one line) into {@link #collapsed}; returns whether it has a
   * tab.
   */
  private boolean collapseLine(int from, int to) {
    int textFrom = from;
    while (textFrom < to && isBlank(units.charAt(textFrom))) textFrom++;
    if (textFrom == to) return false; // blank: no text, and its tabs do not count
    int textTo = to;
    while (isBlank(units.charAt(textTo - 1))) textTo--;
    boolean hasTab = copyTabs(from, textFrom);
    int k = textFrom;
    while (k < textTo) {
      char c = units.charAt(k);
      if (!isBlank(c)) {
        collapsed.add(c, units.sourceStart(k), units.sourceEnd(k));
        k++;
        continue;
      }
      int runEnd = k;
      while (runEnd < textTo && isBlank(units.charAt(runEnd))) runEnd++;
      if (copyTabs(k, runEnd)) {
        hasTab = true;
      } else if (!dropsSpaceBetween(
          units.codePointBefore(k, textFrom), units.codePointAt(runEnd, textTo))) {
        collapsed.add(' ', units.sourceStart(k), units.sourceEnd(runEnd - 1));
      }
      k = runEnd;
    }
    return copyTabs(textTo, to) || hasTab;
  }

  private boolean copyTabs(int from, int to) {
    boolean any = false;
    for (int k = from; k < to; k++) {
      if (units.charAt(k) == '\t') {
        collapsed.add('\t', units.sourceStart(k), units.sourceEnd(k));
        any = true;
      }
    }
    return any;
  }

  private static boolean dropsSpaceBetween(int a, int b) {
    return (CharClasses.isCjk(a) && (CharClasses.isCjk(b) || CharClasses.isCurlyQuote(b)))
        || (CharClasses.isCurlyQuote(a) && CharClasses.isCjk(b));
  }

  private void emit(char c, int from, int to) {
    out.append(c);
    map.add(from, to);
  }

  private static boolean isBlank(char c) {
    return c == '\t' || CharClasses.isSpace(c);
  }

  /**
   * A non-blank line, collapsed into {@code collapsed[from, to)}.
   *
   * @param blankBefore whether blank lines separate it from the previous non-blank line
   * @param breakEnd source end of the line break that ends this line (or of its last unit when none
   *     does)
   */
  private record Line(int from, int to, boolean hasTab, boolean blankBefore, int breakEnd) {}
}
