package org.zhengju.normalize.internal;

import org.zhengju.normalize.OffsetMap;

/**
 * Turns folded units into lines of normalized text: joins lines broken inside a sentence, writes one
 * {@code \n} per paragraph break, collapses whitespace, and records the source range of every character written.
 *
 * <p>Whitespace: inside a line, a run of spaces becomes one space, or nothing when it stands between two CJK
 * characters (OCR inserts such spaces; a curly quote next to a CJK character counts as CJK here). A run that
 * contains tabs becomes its tabs, one {@code \t} per tab (cell separators of extracted spreadsheets, kept so that
 * empty cells keep their column), without the spaces around them. Spaces at the start and end of a line are
 * dropped; tabs there are kept. Blank lines and whitespace at the start and end of the text are dropped.
 *
 * <p>Line breaks ({@code \n}, {@code \r\n}, a lone {@code \r}, VT, FF, NEL, LS, PS) between two non-blank lines
 * are decided by {@link LineBreakRules}. A paragraph break is written as one {@code \n}. When blank lines force a
 * break where a single {@code \n} would be joined (a heading without final punctuation followed by a blank line),
 * the break is written as {@code \n\n}, so that normalizing the normalized text again changes nothing.
 *
 * <p>The space written for a collapsed run maps to the whole run; a paragraph break maps to everything between
 * the two lines' text; a removed line break or removed space has no normalized character. Single use, not
 * thread-safe.
 */
public final class LineAssembler {
  private final FoldedUnits units;
  private final StringBuilder out;
  private final OffsetMap.Builder map;

  /** An assembler writing the lines of {@code units} to {@code out}, recording offsets in {@code map}. */
  public LineAssembler(FoldedUnits units, StringBuilder out, OffsetMap.Builder map) {
    this.units = units;
    this.out = out;
    this.map = map;
  }

  /** Writes all lines. */
  public void assemble() {
    int n = units.size();
    Line previous = null;
    int firstBreakEnd = -1; // source end of the first line break after the previous non-blank line
    boolean blankBetween = false;
    int pos = 0;
    while (pos <= n) {
      int lineEnd = pos;
      while (lineEnd < n && !CharClasses.isLineBreak(units.charAt(lineEnd))) lineEnd++;
      int breakEnd = lineEnd;
      if (breakEnd < n) {
        breakEnd++;
        if (units.charAt(lineEnd) == '\r' && breakEnd < n && units.charAt(breakEnd) == '\n') breakEnd++;
      }
      Line line = Line.of(units, pos, lineEnd);
      if (line != null) {
        if (previous != null) writeBreak(previous, line, firstBreakEnd, blankBetween);
        writeLine(line);
        previous = line;
        firstBreakEnd = breakEnd > lineEnd ? units.sourceEnd(breakEnd - 1) : -1;
        blankBetween = false;
      } else if (previous != null) {
        blankBetween = true; // blank lines before the first non-blank line are simply dropped
      }
      if (breakEnd == lineEnd) break;
      pos = breakEnd;
    }
  }

  private void writeBreak(Line previous, Line next, int firstBreakEnd, boolean blankBetween) {
    int gapStart = units.sourceEnd(previous.lastWritten - 1);
    int gapEnd = units.sourceStart(next.firstWritten);
    int last = units.codePointBefore(previous.textTo, previous.textFrom);
    int beforeLast =
        previous.textTo - Character.charCount(last) > previous.textFrom
            ? units.codePointBefore(previous.textTo - Character.charCount(last), previous.textFrom)
            : -1;
    LineBreakRules.Outcome outcome =
        LineBreakRules.decide(
            beforeLast, last, units.subSequence(next.textFrom, next.textTo), previous.hasTab || next.hasTab);
    if (blankBetween) {
      if (outcome == LineBreakRules.Outcome.BREAK) {
        emit('\n', gapStart, gapEnd);
      } else {
        // a single \n would be joined when normalizing again: write the blank line to keep the break
        emit('\n', gapStart, firstBreakEnd);
        emit('\n', firstBreakEnd, gapEnd);
      }
      return;
    }
    switch (outcome) {
      case JOIN:
        break;
      case JOIN_WITH_SPACE:
        emit(' ', gapStart, gapEnd);
        break;
      case BREAK:
        emit('\n', gapStart, gapEnd);
        break;
    }
  }

  private void writeLine(Line line) {
    writeTabs(line.from, line.textFrom);
    int k = line.textFrom;
    while (k < line.textTo) {
      char c = units.charAt(k);
      if (!isBlank(c)) {
        emit(c, units.sourceStart(k), units.sourceEnd(k));
        k++;
        continue;
      }
      int runEnd = k;
      boolean tab = false;
      while (runEnd < line.textTo && isBlank(units.charAt(runEnd))) {
        tab |= units.charAt(runEnd) == '\t';
        runEnd++;
      }
      if (tab) {
        writeTabs(k, runEnd);
      } else if (!dropsSpaceBetween(
          units.codePointBefore(k, line.textFrom), units.codePointAt(runEnd, line.textTo))) {
        emit(' ', units.sourceStart(k), units.sourceEnd(runEnd - 1));
      }
      k = runEnd;
    }
    writeTabs(line.textTo, line.to);
  }

  private void writeTabs(int from, int to) {
    for (int k = from; k < to; k++)
      if (units.charAt(k) == '\t') emit('\t', units.sourceStart(k), units.sourceEnd(k));
  }

  private static boolean dropsSpaceBetween(int a, int b) {
    return (CharClasses.isCjk(a) && (CharClasses.isCjk(b) || CharClasses.isCurlyQuote(b)))
        || (CharClasses.isCurlyQuote(a) && CharClasses.isCjk(b));
  }

  private void emit(char c, int from, int to) {
    out.append(c);
    map.add(from, to);
  }

  static boolean isBlank(char c) {
    return c == '\t' || CharClasses.isSpace(c);
  }

  /** A non-blank line: units {@code [from, to)}, text (without leading and trailing blanks) {@code [textFrom, textTo)}. */
  private static final class Line {
    final int from;
    final int to;
    final int textFrom;
    final int textTo;
    final int firstWritten;
    final int lastWritten; // exclusive
    final boolean hasTab;

    private Line(int from, int to, int textFrom, int textTo, int firstWritten, int lastWritten, boolean hasTab) {
      this.from = from;
      this.to = to;
      this.textFrom = textFrom;
      this.textTo = textTo;
      this.firstWritten = firstWritten;
      this.lastWritten = lastWritten;
      this.hasTab = hasTab;
    }

    /** The line of units {@code [from, to)}, or null when it is blank. */
    static Line of(FoldedUnits units, int from, int to) {
      int textFrom = from;
      while (textFrom < to && isBlank(units.charAt(textFrom))) textFrom++;
      if (textFrom == to) return null;
      int textTo = to;
      while (isBlank(units.charAt(textTo - 1))) textTo--;
      int firstWritten = textFrom;
      for (int k = from; k < textFrom; k++)
        if (units.charAt(k) == '\t') {
          firstWritten = k;
          break;
        }
      int lastWritten = textTo;
      for (int k = to - 1; k >= textTo; k--)
        if (units.charAt(k) == '\t') {
          lastWritten = k + 1;
          break;
        }
      boolean hasTab = false;
      for (int k = from; k < to && !hasTab; k++) hasTab = units.charAt(k) == '\t';
      return new Line(from, to, textFrom, textTo, firstWritten, lastWritten, hasTab);
    }
  }
}
