package org.zhengju.entity.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a Chinese name begins when expanding leftwards from its suffix: over name characters,
 * across closed bracket groups (合盛硅业（鄯善）有限公司), and then after the last stop word (a verb,
 * preposition or time phrase that precedes names: 赴, 到, 进入, 吸纳, 今年以来 …; a relation such as 控股股东 or
 * 实际控制人; a demonstrative such as 此类; a document-kind word that ends a running header run into the
 * next line, as in 某公司2019年年度报告某公司2019年年度报告（摘录）; or a count with its measure word, 第二批, 120名, 12家).
 */
public final class NameBoundary {
  /**
   * Stop words; the name starts after the last one. 和 is kept in place names (和田, 新和县, 和静) and 向 in
   * 向阳; 于 alone is not a stop because of 于田县.
   */
  private static final Pattern STOP =
      Pattern.compile(
          "和(?![田静硕布平安康县])|(?<!新)和(?=县)|向(?!阳)|[与及在由为的被赴到将等从给让是把即了个各]"
              + "|组织|进入|入职|前往|转移至|转移到|输送至|输送到|来到|走进|接收|吸纳|接纳|招聘|招募|安置|包括|以及|其中"
              + "|以来|目前|近日|日前|今年|去年|同时|此外|另外|通过|位于|属于|关于|对于|成立|设立|收购|参股"
              + "|子公司|孙公司|所属|下属|旗下|分别|带动|协调|对接|签约|签订|开办|创办|兴办|引进|依托|该"
              + "|抵达|到达|乘坐|驶入|进驻|入驻|控股股东|实际控制人|控制人|股东|此类|这类|该类|这些|各类"
              + "|报告|公告|摘要|摘录"
              + "|\\d+年(?:\\d+月)?(?:\\d+日)?|第?[\\d一二三四五六七八九十两]+(?:家|名|人|批|个|户|位|辆|趟|期)");

  private static final int MAX_LENGTH = 40;

  private NameBoundary() {}

  /**
   * The start of the name that ends with the suffix starting at {@code suffixStart}, or {@code
   * suffixStart} when no name characters precede it.
   */
  public static int startBefore(String matchText, int suffixStart) {
    int i = suffixStart;
    while (i > 0 && suffixStart - i < MAX_LENGTH) {
      char c = matchText.charAt(i - 1);
      if (c == '）' || c == ')') {
        int open = openingBracket(matchText, i - 1);
        if (open < 0) break;
        i = open;
      } else if (isNameChar(c)) {
        i--;
      } else {
        break;
      }
    }
    String prefix = matchText.substring(i, suffixStart);
    Matcher m = STOP.matcher(prefix);
    int cut = 0;
    while (m.find()) cut = m.end();
    return withoutCodeDigits(matchText, i + cut, suffixStart);
  }

  /**
   * Skips digits at the start of a name that continue a code or number before it (公告编号：2021-036 on
   * the line before 垦源番茄制品股份有限公司): a name does not begin with the tail of a hyphenated or slashed
   * number.
   */
  private static int withoutCodeDigits(String matchText, int start, int suffixStart) {
    if (start == 0 || "-－/／.".indexOf(matchText.charAt(start - 1)) < 0) return start;
    int i = start;
    while (i < suffixStart && matchText.charAt(i) >= '0' && matchText.charAt(i) <= '9') i++;
    return i;
  }

  /**
   * Whether {@code c} may be part of a name: a Han character, an ASCII letter or digit, or the
   * middle dot.
   */
  public static boolean isNameChar(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || (c < 128 && Character.isLetterOrDigit(c))
        || c == '·';
  }

  /**
   * The index of the bracket opening the group closed at {@code close}, at most 10 characters back,
   * or -1.
   */
  private static int openingBracket(String text, int close) {
    for (int j = close - 1; j >= Math.max(0, close - 10); j--) {
      char c = text.charAt(j);
      if (c == '（' || c == '(') return j == close - 1 ? -1 : j;
      if (!isNameChar(c)) return -1;
    }
    return -1;
  }
}
