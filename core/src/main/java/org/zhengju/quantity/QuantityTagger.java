package org.zhengju.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengju.normalize.NormalizedText;

/**
 * Finds counts of people, sums of money and per-person rates in a normalized text, with their
 * values in base units.
 *
 * <p>Recognized forms: a number (see {@link ChineseNumerals}) followed by a person unit ({@code 人 名
 * 人次 户}), a money unit ({@code 元}, with {@code 千 万 亿} magnitudes: {@code 10万元}), or a rate unit
 * ({@code 元/人}, {@code 元/人·月}); and rates written {@code 每人[每月]…元}. Adjacent qualifiers are kept:
 * {@code 余 多} after the number, {@code 左右 以上} after the unit, {@code 近 约 逾 超过 累计 共 共计 合计} before
 * it; when there are several, the approximator nearest the number wins over a scope word. The span
 * covers the qualifiers.
 *
 * <p>Years, dates and percentages are never quantities (they carry no unit above). {@code 名} in
 * {@code 前五名客户} and {@code 名单}, {@code 人} in {@code 人民币}, bare magnitudes such as {@code 千人计划} and
 * a lone {@code 一} before a person unit ({@code 统一名称}, {@code 唯一人选}) are not tagged.
 *
 * <p>Stateless and safe to share between threads.
 */
public final class QuantityTagger {
  private static final String ARABIC =
      "[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?";
  private static final String CHINESE = "[零〇一二两兩三四五六七八九十百千万亿壹贰貳叁肆伍陆陸柒捌玖拾佰仟萬億]+";
  private static final String MAGNITUDE = "(?:万亿|萬億|亿|億|万|萬|千|百)";
  private static final String CHINESE_NUMERALS = "零〇一二两兩三四五六七八九十百千万亿壹贰貳叁肆伍陆陸柒捌玖拾佰仟萬億";
  private static final String DIGITS = "0123456789０１２３４５６７８９";

  /**
   * Characters that, just before a number, mean it is not the start of a quantity (inside a number,
   * 第N).
   */
  private static final String NOT_BEFORE_NUMBER = DIGITS + "第" + CHINESE_NUMERALS;

  /**
   * Separators that continue a number only when a digit precedes them (1,200 / 3.5), not after 年,
   * (a clause).
   */
  private static final String SEPARATORS = ".．,，";

  private static final String NUMBER =
      "(?<num>(?:" + ARABIC + ")" + MAGNITUDE + "?|" + CHINESE + ")";

  private static final String[] PREFIX_QUALIFIERS = {"超过", "累计", "共计", "合计", "近", "约", "逾", "共"};

  /** Counts, money and {@code 元/人} rates, matched from the first character of the number. */
  private static final Pattern AMOUNT =
      Pattern.compile(
          NUMBER
              + "(?<inf>余|多)?(?<mag>"
              + MAGNITUDE
              + ")? ?(?<unit>元[/／]人(?:[·・/／](?<per>月|年|天|日))?|元(?![/／])|人次|人(?![民帮])|名(?![单額额义称字客供股次列])|户(?![籍口型外内头]))"
              + "(?<post>左右|以上)?");

  /** Rates written 每人[每月]…元. */
  private static final Pattern EACH_PERSON =
      Pattern.compile(
          "每人(?:每(?<per>月|年|天|日|季度))?(?:补贴|补助|给予|发放|奖励|奖补|资助)?"
              + NUMBER
              + "(?<inf>余|多)?(?<mag>"
              + MAGNITUDE
              + ")?元(?![/／])");

  /** A tagger; it holds no state. */
  public QuantityTagger() {}

  /** The quantities in {@code text.matchText()}, in order of position, none overlapping another. */
  public List<Quantity> tag(NormalizedText text) {
    Objects.requireNonNull(text, "text");
    String s = text.matchText();
    List<Quantity> rates = new ArrayList<>();
    Matcher m = EACH_PERSON.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = s.indexOf("每人"); i >= 0; i = s.indexOf("每人", i + 1)) {
      m.region(i, s.length());
      if (!m.lookingAt()) continue;
      toQuantity(
              text,
              m,
              i,
              QuantityKind.PER_PERSON_RATE,
              "元",
              Optional.ofNullable(m.group("per")),
              null,
              null)
          .ifPresent(rates::add);
    }
    List<Quantity> out = new ArrayList<>(rates);
    // Running the regex only where a number can start is what keeps this fast: a pattern that may
    // begin at any
    // character (an optional qualifier) defeats the regex engine's own scanning.
    m = AMOUNT.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = 0; i < s.length(); i++) {
      if (!startsNumber(s, i)) continue;
      m.region(i, s.length());
      if (!m.lookingAt()) continue;
      String pre = prefixQualifier(s, i);
      int start = pre == null ? i : i - pre.length();
      String unit = m.group("unit");
      QuantityKind kind =
          unit.startsWith("元/") || unit.startsWith("元／")
              ? QuantityKind.PER_PERSON_RATE
              : unit.equals("元") ? QuantityKind.MONEY : QuantityKind.PERSONS;
      Optional<Quantity> q =
          toQuantity(
              text,
              m,
              start,
              kind,
              unit,
              Optional.ofNullable(m.group("per")),
              pre,
              m.group("post"));
      if (q.isPresent() && rates.stream().noneMatch(r -> overlaps(r, q.get()))) {
        out.add(q.get());
        i = m.end() - 1;
      }
    }
    out.sort(Comparator.comparingInt(Quantity::normalizedStart));
    return List.copyOf(out);
  }

  private static boolean startsNumber(String s, int i) {
    char c = s.charAt(i);
    boolean numeric =
        (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || CHINESE_NUMERALS.indexOf(c) >= 0;
    if (!numeric || i == 0) return numeric;
    char before = s.charAt(i - 1);
    if (NOT_BEFORE_NUMBER.indexOf(before) >= 0) return false;
    // after NFKC the Chinese comma is ",": 2019年,1200人 starts a number, 1,200人 does not at the 2
    return SEPARATORS.indexOf(before) < 0 || i < 2 || DIGITS.indexOf(s.charAt(i - 2)) < 0;
  }

  private static String prefixQualifier(String s, int numberStart) {
    for (String q : PREFIX_QUALIFIERS) if (s.startsWith(q, numberStart - q.length())) return q;
    return null;
  }

  private static boolean overlaps(Quantity a, Quantity b) {
    return a.normalizedStart() < b.normalizedEnd() && b.normalizedStart() < a.normalizedEnd();
  }

  private static Optional<Quantity> toQuantity(
      NormalizedText text,
      Matcher m,
      int start,
      QuantityKind kind,
      String baseUnit,
      Optional<String> period,
      String pre,
      String post) {
    String num = m.group("num");
    String inf = m.group("inf");
    String mag = m.group("mag");
    boolean qualified = pre != null || inf != null;
    if (isChinese(num)) {
      // 千人计划, 万人: a magnitude with no digit is a number only when qualified (近千人, 逾万人)
      if (num.chars().allMatch(c -> isMagnitude((char) c)) && !qualified) return Optional.empty();
      // 统一名称, 唯一人选, 一人就业: a lone 一 is rarely a count
      if (num.equals("一") && kind == QuantityKind.PERSONS && !qualified) return Optional.empty();
    }
    Optional<BigDecimal> parsed = ChineseNumerals.parse(num + (mag == null ? "" : mag));
    if (parsed.isEmpty()) return Optional.empty();
    String magnitudeWritten = mag != null ? mag : trailingMagnitude(num);
    String unit = magnitudeWritten + baseUnit;
    Optional<String> qualifier = Optional.ofNullable(inf != null ? inf : post != null ? post : pre);
    int end = m.end();
    return Optional.of(
        new Quantity(
            kind,
            parsed.get(),
            unit,
            qualifier,
            period,
            text.sourceStart(start),
            text.sourceEnd(end),
            start,
            end));
  }

  private static boolean isChinese(String num) {
    char c = num.charAt(0);
    return !(c >= '0' && c <= '9') && !(c >= '０' && c <= '９');
  }

  private static boolean isMagnitude(char c) {
    return "十百千万亿拾佰仟萬億".indexOf(c) >= 0;
  }

  /**
   * The magnitude characters (千 万 亿) that end a number as written: 1.2万 → 万, 两千万 → 千万, 一百二十 → "".
   */
  private static String trailingMagnitude(String num) {
    int i = num.length();
    while (i > 0 && "千万亿仟萬億".indexOf(num.charAt(i - 1)) >= 0) i--;
    // a Chinese numeral that is all magnitude (千) still names its magnitude in the unit (千人)
    return num.substring(i);
  }
}
