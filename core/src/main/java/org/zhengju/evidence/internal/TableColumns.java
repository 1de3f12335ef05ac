package org.zhengju.evidence.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the header of the table column a name stands in. Tables reach the normalized text as lines
 * whose cells are separated by tabs (spreadsheets, and PDF or Word tables); the header is the
 * nearest line above, in the same run of tab lines, whose cell in the name's column matches a
 * header pattern.
 */
public final class TableColumns {
  /** How many rows above a cell are searched for its header. */
  private static final int MAX_ROWS_UP = 40;

  private TableColumns() {}

  /**
   * The offsets {@code {lineStart, lineEnd, cellStart, cellEnd}} of the header line above {@code
   * offset} whose cell in the same column matches {@code header} entirely (spaces around the cell
   * ignored), and of that cell, if the line at {@code offset} is a table row.
   *
   * @param text the normalized (match) text
   * @param offset an offset inside a cell
   * @param header the pattern a header cell must match
   */
  public static Optional<int[]> headerAbove(String text, int offset, Pattern header) {
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    int lineEnd = lineEnd(text, offset);
    if (text.substring(lineStart, lineEnd).indexOf('\t') < 0) return Optional.empty();
    int column = count(text, lineStart, offset);
    int end = lineStart - 1;
    for (int rows = 0; end > 0 && rows < MAX_ROWS_UP; rows++) {
      int start = text.lastIndexOf('\n', end - 1) + 1;
      String line = text.substring(start, end);
      if (line.indexOf('\t') < 0) return Optional.empty();
      String[] cells = line.split("\t", -1);
      if (column < cells.length && header.matcher(cells[column].strip()).matches()) {
        int cellStart = start;
        for (int c = 0; c < column; c++) cellStart += cells[c].length() + 1;
        return Optional.of(new int[] {start, end, cellStart, cellStart + cells[column].length()});
      }
      end = start - 1;
    }
    return Optional.empty();
  }

  /** The end of the line holding {@code offset} (exclusive of its line break). */
  public static int lineEnd(String text, int offset) {
    int end = text.indexOf('\n', offset);
    return end < 0 ? text.length() : end;
  }

  /** The start of the line holding {@code offset}. */
  public static int lineStart(String text, int offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
  }

  private static int count(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) if (text.charAt(i) == '\t') n++;
    return n;
  }
}
