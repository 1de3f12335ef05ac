package org.zhengju.extract.ocr.internal;

import java.util.Objects;

/**
 * Removes the spaces OCR engines put between Chinese characters, keeping the spaces that separate
 * Latin words and numbers from each other and keeping every line break.
 *
 * <p>Chinese is set without spaces, but Tesseract's {@code chi_sim} model emits one between almost
 * every pair of characters ({@code 关 于 组 织}). A run of spaces or tabs inside a line is removed when
 * one neighbour is a Chinese character or Chinese punctuation and the other is a Chinese character,
 * Chinese punctuation, a digit or ASCII punctuation ({@code 2000 元 / 人} becomes {@code 2000元/人}).
 * It is kept between a Chinese character and a Latin letter ({@code 使用 OCR 识别}), where writers do
 * put spaces, and between Latin words and numbers. Spaces at the start or end of a line are left
 * alone.
 */
public final class CjkSpaceRemover {

  private CjkSpaceRemover() {}

  /**
   * Returns {@code text} without the spaces between Chinese characters; line breaks stay where they
   * were.
   */
  public static String removeSpaces(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!isHorizontalSpace(c)) {
        out.append(c);
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < text.length() && isHorizontalSpace(text.charAt(runEnd))) runEnd++;
      boolean inside =
          i > 0
              && runEnd < text.length()
              && !isLineBreak(text.charAt(i - 1))
              && !isLineBreak(text.charAt(runEnd));
      if (!inside || !removable(text.codePointBefore(i), text.codePointAt(runEnd))) {
        out.append(text, i, runEnd);
      }
      i = runEnd;
    }
    return out.toString();
  }

  private static boolean removable(int left, int right) {
    boolean leftChinese = isChinese(left);
    boolean rightChinese = isChinese(right);
    if (leftChinese && rightChinese) return true;
    if (leftChinese) return isDigitOrAsciiPunctuation(right);
    if (rightChinese) return isDigitOrAsciiPunctuation(left);
    return false;
  }

  /** Whether {@code cp} is a Han ideograph or punctuation used in Chinese text. */
  static boolean isChinese(int cp) {
    if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) return true;
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    if (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
        || block == Character.UnicodeBlock.VERTICAL_FORMS) {
      return true;
    }
    // Curly quotes, ellipsis and dashes serve Chinese text too; they only count as Chinese next to
    // Chinese.
    return cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '…' || cp == '—' || cp == '·';
  }

  private static boolean isDigitOrAsciiPunctuation(int cp) {
    if (cp >= '0' && cp <= '9') return true;
    return cp < 0x80 && cp > ' ' && !Character.isLetterOrDigit(cp);
  }

  private static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\f';
  }
}
