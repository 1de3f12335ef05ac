package org.zhengju.lexicon.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhengju.lexicon.Category;
import org.zhengju.lexicon.LexiconEntry;
import org.zhengju.lexicon.LexiconFormatException;
import org.zhengju.lexicon.Specificity;

/**
 * Reads the lexicon TSV format: {@code term, traditional, english, category, subcategory,
 * specificity, note}, one entry a line, {@code #} comments and blank lines ignored, trailing empty
 * columns may be left out, and an uncommented header line starting with {@code term} is skipped.
 */
public final class LexiconTsv {
  private static final int COLUMNS = 7;
  private static final String CATEGORIES =
      Arrays.stream(Category.values()).map(Enum::name).collect(Collectors.joining(", "));

  private LexiconTsv() {}

  /** Parses {@code lines} of the file called {@code source} (used in error messages). */
  public static List<LexiconEntry> parse(List<String> lines, String source)
      throws LexiconFormatException {
    List<LexiconEntry> entries = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = stripBom(lines.get(i), i);
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t", -1);
      if (cols.length > COLUMNS)
        throw new LexiconFormatException(
            source,
            lineNo,
            "expected at most " + COLUMNS + " tab-separated columns, found " + cols.length);
      cols = Arrays.copyOf(cols, COLUMNS);
      for (int c = 0; c < COLUMNS; c++) cols[c] = cols[c] == null ? "" : cols[c].strip();
      if (cols[0].equalsIgnoreCase("term") && cols[3].equalsIgnoreCase("category")) continue;
      if (cols[0].isEmpty()) throw new LexiconFormatException(source, lineNo, "empty term");
      Integer previous = firstLine.putIfAbsent(cols[0], lineNo);
      if (previous != null)
        throw new LexiconFormatException(
            source, lineNo, "duplicate term " + cols[0] + " (first on line " + previous + ")");
      String term = cols[0];
      entries.add(
          new LexiconEntry(
              term,
              optional(cols[1]).filter(t -> !t.equals(term)),
              glosses(cols[2]),
              category(cols[3], source, lineNo),
              optional(cols[4]),
              specificity(cols[5], source, lineNo),
              optional(cols[6])));
    }
    return entries;
  }

  static String stripBom(String line, int index) {
    return index == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  static Optional<String> optional(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** Splits a {@code ;}-separated gloss list, dropping empty items. */
  static List<String> glosses(String s) {
    List<String> out = new ArrayList<>();
    for (String g : s.split(";")) {
      String t = g.strip();
      if (!t.isEmpty() && !out.contains(t)) out.add(t);
    }
    return out;
  }

  private static Category category(String s, String source, int line)
      throws LexiconFormatException {
    if (s.isEmpty())
      throw new LexiconFormatException(
          source, line, "missing category (expected one of " + CATEGORIES + ")");
    try {
      return Category.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new LexiconFormatException(
          source, line, "unknown category " + s + " (expected one of " + CATEGORIES + ")");
    }
  }

  private static Specificity specificity(String s, String source, int line)
      throws LexiconFormatException {
    if (s.isEmpty())
      throw new LexiconFormatException(source, line, "missing specificity (expected H, M or L)");
    try {
      return Specificity.parse(s);
    } catch (IllegalArgumentException e) {
      throw new LexiconFormatException(
          source, line, "unknown specificity " + s + " (expected H, M or L)");
    }
  }
}
