package org.zhengju.extract.quality;

import java.text.Normalizer;
import org.zhengju.extract.ocr.CharacterErrorRate;

/**
 * Measures extracted text against known text: character accuracy and the share of characters in
 * reading order.
 *
 * <p>Both texts are width-folded (NFKC, as the normalizer folds them) and stripped of whitespace
 * first, so line breaks, indentation and the ASCII punctuation OCR writes for full-width
 * punctuation do not count as errors.
 */
final class TextAccuracy {

  private TextAccuracy() {}

  /**
   * 1 − character error rate: how close {@code extracted} is to {@code known}, edits counted per
   * known char.
   */
  static double characterAccuracy(String known, String extracted) {
    return 1 - CharacterErrorRate.of(fold(known), fold(extracted));
  }

  /**
   * The share of known characters that appear in {@code extracted} in the same order: the length of
   * the longest common subsequence over the known length. Columns read in the wrong order lose the
   * characters of one column.
   */
  static double inOrderShare(String known, String extracted) {
    int[] a = fold(known).codePoints().toArray();
    int[] b = fold(extracted).codePoints().toArray();
    if (a.length == 0)
      throw new IllegalArgumentException("known must have a non-whitespace character");
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        current[j] =
            a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return (double) previous[b.length] / a.length;
  }

  /** NFKC, then without whitespace. */
  static String fold(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    nfkc.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
