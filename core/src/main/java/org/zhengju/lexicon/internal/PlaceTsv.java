package org.zhengju.lexicon.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhengju.lexicon.Category;
import org.zhengju.lexicon.LexiconEntry;
import org.zhengju.lexicon.LexiconFormatException;
import org.zhengju.lexicon.Specificity;

/**
 * Reads the Xinjiang place table ({@code name, traditional, english, code, level, parent code}) as
 * lexicon entries.
 *
 * <p>Each row becomes an entry of category {@link Category#XINJIANG_PLACE} (level {@code xpcc}:
 * {@link Category#XPCC}) with specificity HIGH, subcategory {@code LEVEL} or {@code LEVEL:code}
 * (e.g. {@code COUNTY:653222}) and a note naming the parent code. Bare division numbers (第八师) are
 * MEDIUM, because the same words name army divisions and begin 第一师范.
 */
public final class PlaceTsv {
  private static final int COLUMNS = 6;
  private static final Pattern BARE_DIVISION = Pattern.compile("第[一二三四五六七八九十]+师");

  /** The administrative levels of the table. */
  private enum Level {
    REGION,
    PREFECTURE,
    COUNTY,
    XPCC
  }

  private PlaceTsv() {}

  /** Parses {@code lines} of the file called {@code source} (used in error messages). */
  public static List<LexiconEntry> parse(List<String> lines, String source)
      throws LexiconFormatException {
    List<LexiconEntry> entries = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = LexiconTsv.stripBom(lines.get(i), i);
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t", -1);
      if (cols.length != COLUMNS)
        throw new LexiconFormatException(
            source, lineNo, "expected " + COLUMNS + " tab-separated columns, found " + cols.length);
      for (int c = 0; c < COLUMNS; c++) cols[c] = cols[c].strip();
      String name = cols[0];
      if (name.isEmpty()) throw new LexiconFormatException(source, lineNo, "empty name");
      Integer previous = firstLine.putIfAbsent(name, lineNo);
      if (previous != null)
        throw new LexiconFormatException(
            source, lineNo, "duplicate name " + name + " (first on line " + previous + ")");
      Level level = level(cols[4], source, lineNo);
      boolean xpcc = level == Level.XPCC;
      Specificity specificity =
          xpcc && BARE_DIVISION.matcher(name).matches() ? Specificity.MEDIUM : Specificity.HIGH;
      String code = cols[3];
      String sub = code.isEmpty() ? level.name() : level.name() + ":" + code;
      Optional<String> note =
          cols[5].isEmpty()
              ? Optional.of("Xinjiang gazetteer")
              : Optional.of("Xinjiang gazetteer; parent " + cols[5]);
      entries.add(
          new LexiconEntry(
              name,
              LexiconTsv.optional(cols[1]).filter(t -> !t.equals(name)),
              LexiconTsv.glosses(cols[2]),
              xpcc ? Category.XPCC : Category.XINJIANG_PLACE,
              Optional.of(sub),
              specificity,
              note));
    }
    return entries;
  }

  private static Level level(String s, String source, int line) throws LexiconFormatException {
    try {
      return Level.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new LexiconFormatException(
          source,
          line,
          "unknown level "
              + s
              + " (expected one of "
              + Arrays.toString(Level.values()).toLowerCase(Locale.ROOT)
              + ")");
    }
  }
}
