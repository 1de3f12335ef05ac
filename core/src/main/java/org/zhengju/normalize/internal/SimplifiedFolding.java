package org.zhengju.normalize.internal;

import com.ibm.icu.text.Transliterator;

/**
 * Folds traditional Chinese characters to simplified ones character for character, so that the folded text has
 * the same length and offsets as the original.
 *
 * <p>The table is derived once from ICU's {@code Traditional-Simplified} transliterator applied to every BMP
 * ideograph (U+3400–U+9FFF and the compatibility ideographs U+F900–U+FAFF), keeping only mappings of one
 * character to one different BMP character. It is built on first use (lazy holder idiom, so the class loader
 * guarantees it is built once and published safely) and never changes afterwards.
 */
public final class SimplifiedFolding {
  private SimplifiedFolding() {}

  /** Lazily initialised, never written after construction. */
  private static final class Holder {
    private static final char[] TABLE = build();
  }

  /** {@code text} with every traditional character that has a one-character simplified form replaced by it. */
  public static String fold(String text) {
    char[] table = Holder.TABLE;
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char folded = table[c];
      if (folded != c) {
        if (out == null) out = text.toCharArray();
        out[i] = folded;
      }
    }
    return out == null ? text : new String(out);
  }

  /** The simplified form of BMP character {@code c}, or {@code c} itself. */
  public static char fold(char c) {
    return Holder.TABLE[c];
  }

  private static char[] build() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c < table.length; c++) table[c] = (char) c;
    // One transliterator call over all candidates separated by line feeds is much faster than one call per
    // character; the rules are character-based, so the separators are left alone.
    Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    StringBuilder all = new StringBuilder(2 * 0x7000);
    appendRange(all, 0x3400, 0x9FFF);
    appendRange(all, 0xF900, 0xFAFF);
    String[] sources = all.toString().split("\n", -1);
    String[] targets = toSimplified.transliterate(all.toString()).split("\n", -1);
    if (targets.length != sources.length) {
      // A rule consumed a separator: fall back to the slow but certain per-character lookup.
      for (String s : sources) put(table, s, toSimplified.transliterate(s));
      return table;
    }
    for (int k = 0; k < sources.length; k++) put(table, sources[k], targets[k]);
    return table;
  }

  private static void appendRange(StringBuilder all, int from, int to) {
    for (int c = from; c <= to; c++) {
      if (all.length() > 0) all.append('\n');
      all.append((char) c);
    }
  }

  private static void put(char[] table, String source, String target) {
    if (source.length() == 1 && target.length() == 1 && target.charAt(0) != source.charAt(0)) {
      table[source.charAt(0)] = target.charAt(0);
    }
  }
}
