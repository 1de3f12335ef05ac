package org.zhengju.quantity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Parses numbers as written in Chinese documents: Arabic digits (half- or full-width, with {@code
 * ,} thousands separators and a decimal point), Chinese numerals ({@code 一百二十}, {@code 两万}, {@code
 * 二〇一九}), financial numerals ({@code 壹仟贰佰}), traditional forms ({@code 萬}, {@code 億}, {@code 兩})
 * and mixed forms ({@code 1.2万}, {@code 2.6万亿}, {@code 3千}).
 *
 * <p>Chinese numerals follow the usual rules: {@code 十 百 千} multiply the digit before them, {@code
 * 万} (10⁴) and {@code 亿} (10⁸) close a section, {@code 零} marks a gap, a leading {@code 十} means 10
 * ({@code 十二} = 12), and a string of digits without units is read digit by digit ({@code 二〇一九} =
 * 2019).
 */
public final class ChineseNumerals {
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

  private ChineseNumerals() {}

  /**
   * The value of {@code s}, or empty if {@code s} is not a number in one of the forms above.
   * Trailing zeros after the decimal point are dropped ({@code 1,234.50} → 1234.5, {@code 1.2万} →
   * 12000).
   */
  public static Optional<BigDecimal> parse(String s) {
    if (s == null) return Optional.empty();
    String t = s.strip();
    if (t.isEmpty()) return Optional.empty();
    int digitsEnd = 0;
    while (digitsEnd < t.length() && isArabicPart(t.charAt(digitsEnd))) digitsEnd++;
    Optional<BigDecimal> value;
    if (digitsEnd == 0) {
      value = parseChinese(t);
    } else {
      value = parseArabic(t.substring(0, digitsEnd));
      for (int i = digitsEnd; i < t.length() && value.isPresent(); i++) {
        long m = magnitude(t.charAt(i));
        value =
            m == 0 ? Optional.empty() : Optional.of(value.get().multiply(BigDecimal.valueOf(m)));
      }
    }
    return value.map(ChineseNumerals::tidy);
  }

  private static BigDecimal tidy(BigDecimal v) {
    BigDecimal stripped = v.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static boolean isArabicPart(char c) {
    return (c >= '0' && c <= '9')
        || (c >= '０' && c <= '９')
        || c == ','
        || c == '，'
        || c == '.'
        || c == '．';
  }

  private static Optional<BigDecimal> parseArabic(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '０' && c <= '９') c = (char) ('0' + (c - '０'));
      else if (c == '，') c = ',';
      else if (c == '．') c = '.';
      b.append(c);
    }
    String a = b.toString();
    if (!a.matches("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?")) return Optional.empty();
    return Optional.of(new BigDecimal(a.replace(",", "")));
  }

  /** 10, 100, 1000 for 十百千 (and financial forms), 10⁴ and 10⁸ for 万亿; 0 for anything else. */
  private static long magnitude(char c) {
    return switch (c) {
      case '十', '拾' -> 10;
      case '百', '佰' -> 100;
      case '千', '仟' -> 1000;
      case '万', '萬' -> 10_000;
      case '亿', '億' -> 100_000_000;
      default -> 0;
    };
  }

  /** 0–9 for a Chinese digit (including financial and traditional forms), -1 for anything else. */
  private static int digit(char c) {
    return switch (c) {
      case '零', '〇', '○' -> 0;
      case '一', '壹', '幺' -> 1;
      case '二', '两', '兩', '贰', '貳' -> 2;
      case '三', '叁', '參' -> 3;
      case '四', '肆' -> 4;
      case '五', '伍' -> 5;
      case '六', '陆', '陸' -> 6;
      case '七', '柒' -> 7;
      case '八', '捌' -> 8;
      case '九', '玖' -> 9;
      default -> -1;
    };
  }

  private static Optional<BigDecimal> parseChinese(String s) {
    boolean hasUnit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (magnitude(c) > 0) hasUnit = true;
      else if (digit(c) < 0) return Optional.empty();
    }
    if (!hasUnit) {
      // a digit string such as 二〇一九
      long v = 0;
      for (int i = 0; i < s.length(); i++) v = v * 10 + digit(s.charAt(i));
      return s.length() > 18 ? Optional.empty() : Optional.of(BigDecimal.valueOf(v));
    }
    BigDecimal total = BigDecimal.ZERO; // everything closed by 亿
    long section = 0; // the part below 万 or 亿 currently being built
    BigDecimal wan = BigDecimal.ZERO; // the 万 part of the current 亿 section
    int pending = -1; // a digit waiting for its unit
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        if (pending > 0) return Optional.empty(); // two digits in a row with units around: 三四百
        pending = d;
        continue;
      }
      long m = magnitude(c);
      if (m < 10_000) {
        section += (pending < 0 ? 1 : pending) * m;
        pending = -1;
      } else if (m == 10_000) {
        long sectionValue = section + Math.max(pending, 0);
        wan =
            wan.add(
                BigDecimal.valueOf(sectionValue == 0 ? 1 : sectionValue).multiply(TEN_THOUSAND));
        section = 0;
        pending = -1;
      } else {
        BigDecimal below = wan.add(BigDecimal.valueOf(section + Math.max(pending, 0)));
        if (below.signum() == 0) below = BigDecimal.ONE;
        total = total.add(below).multiply(HUNDRED_MILLION);
        wan = BigDecimal.ZERO;
        section = 0;
        pending = -1;
      }
    }
    return Optional.of(total.add(wan).add(BigDecimal.valueOf(section + Math.max(pending, 0))));
  }
}
