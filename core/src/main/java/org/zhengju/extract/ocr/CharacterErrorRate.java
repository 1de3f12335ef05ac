package org.zhengju.extract.ocr;

import java.util.Objects;

/**
 * Character error rate: how far recognized text is from the known text, as edits per reference
 * character.
 *
 * <p>Characters are Unicode code points, so a supplementary ideograph counts once. The rate is the
 * Levenshtein distance (insertions, deletions and substitutions, each costing 1) divided by the
 * number of characters in the reference; it can exceed 1 when the hypothesis is much longer than
 * the reference. Accuracy, as targets are stated ("≥ 95%"), is {@code 1 - rate}.
 */
public final class CharacterErrorRate {

  private CharacterErrorRate() {}

  /**
   * Returns the character error rate of {@code hypothesis} against {@code reference}.
   *
   * @throws IllegalArgumentException if {@code reference} is empty (the rate is undefined)
   */
  public static double of(String reference, String hypothesis) {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(hypothesis, "hypothesis");
    int length = reference.codePointCount(0, reference.length());
    if (length == 0) throw new IllegalArgumentException("reference must not be empty");
    return (double) distance(reference, hypothesis) / length;
  }

  /**
   * Returns the character error rate after removing all whitespace from both texts, for comparing
   * OCR output whose line breaks and spacing differ from the reference's.
   *
   * @throws IllegalArgumentException if {@code reference} has no character other than whitespace
   */
  public static double ignoringWhitespace(String reference, String hypothesis) {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(hypothesis, "hypothesis");
    return of(withoutWhitespace(reference), withoutWhitespace(hypothesis));
  }

  /** Returns the Levenshtein distance between {@code a} and {@code b}, counted in code points. */
  public static int distance(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    int[] left = a.codePoints().toArray();
    int[] right = b.codePoints().toArray();
    // Two rows of the dynamic-programming table suffice: row i only reads row i - 1.
    int[] previous = new int[right.length + 1];
    int[] current = new int[right.length + 1];
    for (int j = 0; j <= right.length; j++) previous[j] = j;
    for (int i = 1; i <= left.length; i++) {
      current[0] = i;
      for (int j = 1; j <= right.length; j++) {
        int substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[right.length];
  }

  private static String withoutWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
