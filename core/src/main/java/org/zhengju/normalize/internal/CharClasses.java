package org.zhengju.normalize.internal;

/**
 * Character classes the normalizer decides on: Chinese (CJK) characters and punctuation, Latin-like
 * letters, whitespace and line breaks. All methods take a code point.
 */
public final class CharClasses {
  private CharClasses() {}

  /**
   * Whether {@code cp} is a letter of a CJK script (Han, kana, bopomofo). Combining marks never
   * qualify (their script is "inherited"), which keeps joining and space removal from creating new
   * combining sequences.
   */
  public static boolean isCjkLetter(int cp) {
    if (cp < 0x2E80) return false;
    if (cp == 0x30FC) return true; // katakana-hiragana prolonged sound mark, script "common"
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.BOPOMOFO;
  }

  /**
   * Whether {@code cp} is CJK punctuation (ideographic punctuation, kept full-width forms, vertical
   * forms).
   */
  public static boolean isCjkPunctuation(int cp) {
    if (cp < 0x3000) return false;
    if (isMark(cp) || cp == 0x3000) return false;
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
            || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
            || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
            || block == Character.UnicodeBlock.VERTICAL_FORMS)
        && !Character.isLetterOrDigit(cp);
  }

  /**
   * Whether {@code cp} is a CJK letter or CJK punctuation: the characters between which spaces are
   * dropped.
   */
  public static boolean isCjk(int cp) {
    return isCjkLetter(cp) || isCjkPunctuation(cp);
  }

  /** Whether {@code cp} is a curly quotation mark, used both in Chinese and in Western text. */
  public static boolean isCurlyQuote(int cp) {
    return cp == '\u201C' || cp == '\u201D' || cp == '\u2018' || cp == '\u2019';
  }

  /**
   * Whether {@code cp} is a letter or digit outside the CJK scripts (Latin, Cyrillic, Arabic-script
   * Uyghur…).
   */
  public static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) && !isCjkLetter(cp);
  }

  /** Whether {@code cp} is a combining mark. */
  public static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Whether {@code c} breaks a line: LF, CR, VT, FF, NEL, LS, PS. CR LF counts as one break (see
   * the caller). A form feed is treated as an ordinary line break, so that a sentence running over
   * a page break is joined.
   */
  public static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == '\u000B'
        || c == '\f'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  /**
   * Whether {@code c} is horizontal whitespace other than a tab: spaces of any width, zero-width
   * space, byte order mark and stray control characters (PDF extraction leaves them), all collapsed
   * like a space.
   */
  public static boolean isSpace(char c) {
    if (c == '\t' || isLineBreak(c)) return false;
    return c == ' '
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\uFEFF'
        || Character.getType(c) == Character.CONTROL;
  }
}
