package org.zhengju.extract.tika;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the gutter of a two-column page from the positions of its words and reads the page column
 * by column: rows above the columns, then the left column top to bottom, then the right column,
 * then rows below.
 *
 * <p>Only a page whose columns are both prose is reordered: a table's columns of numbers or short
 * cells leave gaps too, and reading a table column by column would tear its rows apart.
 */
final class ColumnLayout {

  /** A word of a page: its left and right edge and baseline in points (y grows downwards). */
  record Word(float left, float right, float y, float height, String text) {
    Word {
      if (text == null || text.isEmpty()) throw new IllegalArgumentException("text is empty");
      if (right < left) throw new IllegalArgumentException("right < left: " + text);
    }
  }

  /** Share of a column's lines that must be prose for the page to count as two columns. */
  private static final double PROSE_SHARE = 0.8;

  /**
   * Widest gutter, in character heights, between the full lines of two prose columns; most rows of
   * a column page must be this close.
   */
  private static final float NARROW_GUTTER = 4;

  private ColumnLayout() {}

  /**
   * The page's text read column by column, lines separated by newlines, or empty when the page is
   * not two columns of prose (then its stream order stands).
   */
  static Optional<String> columnText(List<Word> words) {
    List<List<Word>> rows = rows(words);
    Optional<Float> gutter = gutter(rows);
    if (gutter.isEmpty()) return Optional.empty();
    float g = gutter.get();
    int first = -1;
    int last = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (twoSided(rows.get(i), g)) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (first < 0 || last - first < 1) return Optional.empty();
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    int twoSided = 0;
    int narrow = 0;
    for (int i = first; i <= last; i++) {
      List<Word> row = rows.get(i);
      // A line across the gutter inside the block means the gap is not a gutter (e.g. a table).
      if (row.stream().anyMatch(w -> crosses(w, g))) return Optional.empty();
      if (twoSided(row, g)) {
        twoSided++;
        if (gapAt(row, g) <= NARROW_GUTTER * row.get(0).height()) narrow++;
      }
      side(row, g, true).ifPresent(left::add);
      side(row, g, false).ifPresent(right::add);
    }
    // The gutter runs through most of the block's lines, it is narrow where lines are full (a
    // label and its value, or table cells, stand far apart), and both sides read as sentences.
    if (twoSided * 2 < last - first + 1 || narrow * 2 < twoSided || !prose(left) || !prose(right))
      return Optional.empty();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < first; i++) line(text, join(rows.get(i)));
    left.forEach(l -> line(text, l));
    right.forEach(l -> line(text, l));
    for (int i = last + 1; i < rows.size(); i++) line(text, join(rows.get(i)));
    return Optional.of(text.toString());
  }

  /** Words grouped into rows by baseline, top to bottom, each row left to right. */
  private static List<List<Word>> rows(List<Word> words) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble(Word::y));
    List<List<Word>> rows = new ArrayList<>();
    List<Word> row = new ArrayList<>();
    float rowY = 0;
    for (Word w : sorted) {
      if (!row.isEmpty() && Math.abs(w.y() - rowY) > Math.max(1f, w.height() * 0.4f)) {
        rows.add(row);
        row = new ArrayList<>();
      }
      if (row.isEmpty()) rowY = w.y();
      row.add(w);
    }
    if (!row.isEmpty()) rows.add(row);
    rows.forEach(r -> r.sort(Comparator.comparingDouble(Word::left)));
    return rows;
  }

  /**
   * The x of the gap between words shared by the most rows, if it lies in the middle half of the
   * text and is at least a character wide.
   */
  private static Optional<Float> gutter(List<List<Word>> rows) {
    float min = Float.MAX_VALUE;
    float max = -Float.MAX_VALUE;
    List<float[]> gaps = new ArrayList<>();
    for (List<Word> row : rows) {
      min = Math.min(min, row.get(0).left());
      max = Math.max(max, row.get(row.size() - 1).right());
      for (int i = 1; i < row.size(); i++) {
        float from = row.get(i - 1).right();
        float to = row.get(i).left();
        if (to - from >= row.get(i).height()) gaps.add(new float[] {from, to});
      }
    }
    float width = max - min;
    Optional<Float> best = Optional.empty();
    int bestCount = 1;
    for (float[] candidate : gaps) {
      float x = (candidate[0] + candidate[1]) / 2;
      if (x < min + width / 4 || x > max - width / 4) continue;
      int count = 0;
      for (float[] gap : gaps) if (gap[0] <= x && x <= gap[1]) count++;
      if (count > bestCount) {
        bestCount = count;
        best = Optional.of(x);
      }
    }
    return best;
  }

  /** The width of the gap of {@code row} that contains {@code g}. */
  private static float gapAt(List<Word> row, float g) {
    float from = -Float.MAX_VALUE;
    float to = Float.MAX_VALUE;
    for (Word w : row) {
      if (w.right() <= g) from = Math.max(from, w.right());
      else to = Math.min(to, w.left());
    }
    return to - from;
  }

  private static boolean crosses(Word w, float g) {
    return w.left() < g && w.right() > g;
  }

  private static boolean twoSided(List<Word> row, float g) {
    return row.get(0).right() <= g && row.get(row.size() - 1).left() >= g;
  }

  private static Optional<String> side(List<Word> row, float g, boolean left) {
    List<Word> part = row.stream().filter(w -> (w.right() <= g) == left).toList();
    return part.isEmpty() ? Optional.empty() : Optional.of(join(part));
  }

  /**
   * Whether most lines are sentences: four or more Han characters (or twenty letters) and few
   * digits, unlike the cells of a table.
   */
  private static boolean prose(List<String> lines) {
    int prose = 0;
    for (String line : lines) {
      int han = 0;
      int letters = 0;
      int digits = 0;
      int visible = 0;
      for (int i = 0; i < line.length(); ) {
        int c = line.codePointAt(i);
        i += Character.charCount(c);
        if (Character.isWhitespace(c)) continue;
        visible++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) han++;
        else if (Character.isLetter(c)) letters++;
        else if (Character.isDigit(c)) digits++;
      }
      if ((han >= 4 || letters >= 20) && digits * 10 <= visible * 3) prose++;
    }
    return !lines.isEmpty() && prose >= lines.size() * PROSE_SHARE;
  }

  private static String join(List<Word> words) {
    StringBuilder line = new StringBuilder();
    for (Word w : words) {
      if (line.length() > 0) line.append(' ');
      line.append(w.text());
    }
    return line.toString();
  }

  private static void line(StringBuilder text, String line) {
    text.append(line).append('\n');
  }
}
