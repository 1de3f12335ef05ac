package org.zhengju.evidence.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits a range of normalized text into sentences: after 。！？；!?; and at line breaks (table rows). */
public final class Sentences {
  private static final String ENDERS = "。！？；!?;";

  private Sentences() {}

  /** Sentence ranges {@code int[]{start, end}} covering {@code [from, to)} of {@code text}, blank ones dropped. */
  public static List<int[]> split(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        add(text, start, i, out);
        start = i + 1;
      } else if (ENDERS.indexOf(c) >= 0) {
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

  private static void add(String text, int start, int end, List<int[]> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end > start) out.add(new int[] {start, end});
  }
}
