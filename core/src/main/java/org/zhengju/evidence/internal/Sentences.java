package org.zhengju.evidence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a range of normalized text into sentences: after 。！？；!?;, after an English full stop
 * followed by a capitalised word (not after Co./Ltd./No.), and at line breaks (table rows).
 */
public final class Sentences {
  private static final String ENDERS = "。！？；!?;";

  /** Words that end with a '.' inside an English sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Co", "Ltd", "Inc", "Corp", "No", "Nos", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "vs", "etc",
          "approx", "Dept", "Prof", "Gov", "Rep", "Fig");

  private Sentences() {}

  /**
   * Sentence ranges {@code int[]{start, end}} covering {@code [from, to)} of {@code text}, blank
   * ones dropped.
   */
  public static List<int[]> split(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        add(text, start, i, out);
        start = i + 1;
      } else if (ENDERS.indexOf(c) >= 0 || isEnglishFullStop(text, i, to)) {
        int end = i + 1;
        // Keep a closing quote or bracket with its sentence: 。” stays together.
        while (end < to && "”’」』）)\"".indexOf(text.charAt(end)) >= 0) end++;
        add(text, start, end, out);
        start = end;
        i = end - 1;
      }
    }
    add(text, start, to, out);
    return out;
  }

  /**
   * Whether the '.' at {@code i} ends an English sentence: a space and a capital letter follow, and
   * the word before it is not an abbreviation (Co., Ltd., No. …) or a single initial.
   */
  private static boolean isEnglishFullStop(String text, int i, int to) {
    if (text.charAt(i) != '.' || i + 2 >= to || text.charAt(i + 1) != ' ') return false;
    if (!Character.isUpperCase(text.charAt(i + 2))) return false;
    int w = i;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
    String word = text.substring(w, i);
    if (word.isEmpty())
      return i > 0 && (Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == ')');
    return word.length() > 1
        && !ABBREVIATIONS.contains(word)
        && Character.isLowerCase(word.charAt(word.length() - 1));
  }

  private static void add(String text, int start, int end, List<int[]> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end > start) out.add(new int[] {start, end});
  }
}
