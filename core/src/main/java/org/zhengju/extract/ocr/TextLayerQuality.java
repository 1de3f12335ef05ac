package org.zhengju.extract.ocr;

import java.util.Objects;

/**
 * Decides whether the text layer of a page can be used as it is or the page needs OCR.
 *
 * <p>A text layer is unusable when it is empty (a scan), holds no letter or ideograph at all (a
 * scan with only a page number stamped on it), or is mostly garbage: more than {@value
 * #MAX_GARBAGE_PERCENT}% of its non-space characters are replacement characters (U+FFFD),
 * private-use or control characters, or characters that ordinary Chinese, English or Uyghur text
 * does not use. The last case catches the Latin-1 mojibake that PDF fonts without a ToUnicode map
 * produce ({@code ÕÅ·Ö¹«Ë¾}): real text uses ideographs, ASCII, Arabic script, pinyin tone letters
 * (Latin Extended), CJK and general punctuation and a few Latin-1 symbols ({@code · × ° ± ¥}), but
 * seldom the accented letters of U+00C0..U+00FF.
 *
 * <p>Known limit: garbage made only of ASCII (some subset fonts map glyphs to {@code !"#$%}) looks
 * usable.
 */
public final class TextLayerQuality {

  /**
   * Above this share of garbage characters (in percent of non-space characters) a page needs OCR.
   */
  public static final int MAX_GARBAGE_PERCENT = 30;

  private TextLayerQuality() {}

  /** Returns whether {@code pageText}, the text layer of one page, is usable without OCR. */
  public static boolean isUsable(String pageText) {
    Objects.requireNonNull(pageText, "pageText");
    int total = 0;
    int garbage = 0;
    boolean hasWord = false;
    for (int i = 0; i < pageText.length(); ) {
      int cp = pageText.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) continue;
      total++;
      if (isGarbage(cp)) {
        garbage++;
      } else if (Character.isLetter(cp)) {
        hasWord = true;
      }
    }
    if (total == 0 || !hasWord) return false;
    return garbage * 100L <= (long) total * MAX_GARBAGE_PERCENT;
  }

  private static boolean isGarbage(int cp) {
    if (cp == 0xFFFD) return true;
    int type = Character.getType(cp);
    if (type == Character.PRIVATE_USE
        || type == Character.CONTROL
        || type == Character.UNASSIGNED
        || type == Character.SURROGATE) {
      return true;
    }
    return !isExpected(cp);
  }

  private static boolean isExpected(int cp) {
    if (cp >= 0x20 && cp < 0x7F) return true;
    switch (Character.UnicodeScript.of(cp)) {
      case HAN, ARABIC, CYRILLIC, BOPOMOFO:
        return true;
      default:
        break;
    }
    // Latin Extended letters carry pinyin tones (ā ǎ ě ū); single-byte mojibake lands in
    // U+0080..U+00FF instead.
    if (cp >= 0x100 && cp < 0x250) return true;
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    if (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.GENERAL_PUNCTUATION
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
        || block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS
        || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
        || block == Character.UnicodeBlock.NUMBER_FORMS
        || block == Character.UnicodeBlock.LETTERLIKE_SYMBOLS
        || block == Character.UnicodeBlock.ARROWS
        || block == Character.UnicodeBlock.MATHEMATICAL_OPERATORS
        || block == Character.UnicodeBlock.GEOMETRIC_SHAPES
        || block == Character.UnicodeBlock.BOX_DRAWING) {
      return true;
    }
    // Latin-1 symbols real Chinese documents use: no-break space, ¥ § ° ± · × ÷ and the like.
    return cp == 0xA0
        || cp == 0xA5
        || cp == 0xA7
        || cp == 0xB0
        || cp == 0xB1
        || cp == 0xB7
        || cp == 0xD7
        || cp == 0xF7
        || cp == 0xA9
        || cp == 0xAE;
  }
}
