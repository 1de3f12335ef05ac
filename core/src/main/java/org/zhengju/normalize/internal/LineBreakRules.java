package org.zhengju.normalize.internal;

import java.util.regex.Pattern;

/**
 * Decides what a line break between two non-blank lines becomes: nothing (a line broken inside a
 * Chinese sentence), a space (a line broken between Latin words) or a paragraph break.
 *
 * <p>The rules, in order (first match wins; {@code a} is the last character of the earlier line,
 * {@code b} the first character of the later one):
 *
 * <ol>
 *   <li>either line contains a tab (a table row) → break;
 *   <li>the later line starts with an enumeration marker ({@code 一、}, {@code （一）}, {@code (1)},
 *       {@code 1.}, {@code 1、}, {@code 第三章}) → break;
 *   <li>{@code a} is sentence-final punctuation {@code 。！？；：.!?;:}, possibly followed by closing
 *       quotes or brackets → break;
 *   <li>{@code b} is a CJK letter, or punctuation that cannot start a line ({@code
 *       ，。、；：？！）》】〕」』”’%} and their ASCII forms) → join without a space;
 *   <li>{@code b} is an opening bracket or quote and {@code a} a CJK letter or {@code ，、} → join;
 *   <li>{@code b} is a Latin-like letter or digit: join without a space after a CJK character or a
 *       hyphen, with a space after a Latin-like letter, digit or {@code ,;)]%"'};
 *   <li>otherwise → break.
 * </ol>
 *
 * Stateless and thread-safe.
 */
public final class LineBreakRules {
  /** What a line break becomes. */
  public enum Outcome {
    /** Removed: the lines are one sentence. */
    JOIN,
    /** Replaced by one space: Latin words broken over lines. */
    JOIN_WITH_SPACE,
    /** Kept as a paragraph break. */
    BREAK
  }

  private static final Pattern ENUMERATION_MARKER =
      Pattern.compile(
          "[一二三四五六七八九十百零〇]+、"
              + "|[（(][一二三四五六七八九十百零〇0-9]+[）)]"
              + "|[0-9]+[.、)）](?![0-9])"
              + "|第[一二三四五六七八九十百千零〇0-9]+[章节条款部分篇]");

  private LineBreakRules() {}

  /**
   * Decides the break between a line ending in {@code beforeLast, last} and a line starting with
   * {@code first}.
   *
   * @param beforeLast the code point before {@code last} in the earlier line, or -1 if none
   * @param last the last code point of the earlier line
   * @param nextLine the start of the later logical line, whitespace already collapsed and its own
   *     joined lines already appended (so that the enumeration-marker rule sees what a second
   *     normalization would see)
   * @param eitherHasTab whether either line contains a tab
   */
  public static Outcome decide(
      int beforeLast, int last, CharSequence nextLine, boolean eitherHasTab) {
    if (eitherHasTab) return Outcome.BREAK;
    if (ENUMERATION_MARKER.matcher(nextLine).lookingAt()) return Outcome.BREAK;
    if (isSentenceFinal(last) || (isClosing(last) && isSentenceFinal(beforeLast)))
      return Outcome.BREAK;
    int first = Character.codePointAt(nextLine, 0);
    if (CharClasses.isCjkLetter(first) || cannotStartLine(first)) return Outcome.JOIN;
    if (isOpening(first))
      return CharClasses.isCjkLetter(last) || last == '，' || last == '、'
          ? Outcome.JOIN
          : Outcome.BREAK;
    if (CharClasses.isWordChar(first)) {
      if (CharClasses.isCjkLetter(last) || CharClasses.isCjkPunctuation(last) || last == '-')
        return Outcome.JOIN;
      if (CharClasses.isWordChar(last) || ",;)]%\"'".indexOf(last) >= 0)
        return Outcome.JOIN_WITH_SPACE;
    }
    return Outcome.BREAK;
  }

  private static boolean isSentenceFinal(int cp) {
    return cp == '。' || cp == '！' || cp == '？' || cp == '；' || cp == '：' || cp == '.' || cp == '!'
        || cp == '?' || cp == ';' || cp == ':';
  }

  private static boolean isClosing(int cp) {
    return cp == '”'
        || cp == '’'
        || cp == '」'
        || cp == '』'
        || cp == '）'
        || cp == '》'
        || cp == '】'
        || cp == '〕'
        || cp == ')'
        || cp == '"'
        || cp == '\'';
  }

  private static boolean isOpening(int cp) {
    return cp == '“' || cp == '‘' || cp == '「' || cp == '『' || cp == '（' || cp == '《' || cp == '【'
        || cp == '〔';
  }

  private static boolean cannotStartLine(int cp) {
    return cp == '，' || cp == '。' || cp == '、' || cp == '；' || cp == '：' || cp == '？' || cp == '！'
        || cp == '）' || cp == '》' || cp == '】' || cp == '〕' || cp == '」' || cp == '』' || cp == '”'
        || cp == '’' || cp == '%' || cp == ',' || cp == ';' || cp == ')' || cp == ']';
  }
}
