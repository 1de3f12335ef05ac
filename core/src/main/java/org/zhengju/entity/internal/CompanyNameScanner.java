package org.zhengju.entity.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds company legal names (by legal-form suffix, Chinese and English) and government bodies in
 * simplified match text (DOMAIN.md §3.1, §3.4). Returns spans only; the recognizer turns them into
 * mentions.
 */
public final class CompanyNameScanner {
  /** Legal-form suffixes, longest alternative first at each position. */
  private static final Pattern SUFFIX =
      Pattern.compile(
          "集团股份有限公司|股份有限公司|集团有限公司|[（(]集团[）)]有限公司|有限责任公司|有限公司|集团公司|总公司"
              + "|分公司|专业合作社|合作社|卫星工厂|扶贫车间|工厂|厂");

  /** A 厂/工厂 counts as a name only after an industry word: 驻厂干部, 进厂 and 厂房 are not names. */
  private static final Pattern FACTORY_INDUSTRY =
      Pattern.compile(
          "(?:加工|服装|制衣|纺织|织布|针织|棉纺|纺纱|轧花|食品|机械|电子|造纸|砖|水泥|化工|制鞋|鞋|帽|袜|手套|家具|地毯"
              + "|印染|被服|假发|工艺品|第[一二三四五六七八九十\\d]+)$");

  /**
   * Suffixes of small units (cooperatives, workshops, factories) that are often used as common
   * nouns.
   */
  private static final Pattern SMALL_UNIT = Pattern.compile("合作社|卫星工厂|扶贫车间|厂");

  /**
   * Words that precede a common-noun use of a small unit: 产业园区或卫星工厂, 参加合作社, 深化供销合作社, and a relation
   * to the writer (长期合作轧花厂, 定点加工厂: "the ginneries we work with", not one named factory).
   */
  private static final Pattern SMALL_UNIT_STOP =
      Pattern.compile(
          "或者|或|建设|加入|参加|采取|形式|必须有|支持|推进|深化|扶持|发展|帮助|组成|广大|许多|有些|我们|对|而|需要"
              + "|长期合作|合作|定点|协作"
              + "|原来|过去|相当于|规模|一批|多个|若干|大批|绝大多数|大多数|迅速地|组织|忙于|程度|兴建|新建|筹建|建立|建成|创办|兴办|办好|办起"
              + "|此类|这类|该类|这些|那些|此|这|各类|各|多家|[\\d一二三四五六七八九十两]+[家个座所]");

  /**
   * A county, prefecture or province alone before 卫星工厂/扶贫车间 names the category in that place
   * (洛浦县卫星工厂 调查), not one unit; a unit name goes down to a township or village or carries a trade
   * name.
   */
  private static final Pattern PLACE_ONLY =
      Pattern.compile("^[\\p{IsHan}]{1,12}?(?:省|自治区|(?<!超|集|门)市|州|地区|县|(?<![社园小街片景厂矿])区|旗)$");

  /**
   * Generic modifiers of a small unit; a name needs a place or trade name beyond them (农业生产合作社 is
   * none).
   */
  private static final Pattern GENERIC_MODIFIER_AT_END =
      Pattern.compile(
          "(?:农业|生产|供销|信用|手工业|消费|农民|专业|高级|初级|城乡|农村|小型|大型|小|棉纺织|棉纺|纺织|造纸|水泥|机械"
              + "|矿山|石油|畜产|加工|饲料|私营|国营|地方|设施|养殖|家禽|牛羊|牲畜|工艺品|民族|劳务|服务|种植|服装|制衣"
              + "|村级|乡级|就业|扶贫|印染|化工|轧花|其他|其它|低级|公私合营|公私|加|的)$");

  private static final String NOT_AFTER_FACTORY = "房长区址里内外家商矿部";

  private static final Pattern GOVERNMENT =
      Pattern.compile(
          "人民政府|行政公署|人力资源和社会保障(?:厅|局)|就业(?:服务)?局|扶贫开发办公室|乡村振兴局|公安(?:厅|局)"
              + "|民族宗教事务委员会|发展和改革委员会|财政(?:厅|局)|前方指挥部|职业技能教育培训中心");

  private static final Pattern ADMIN_UNIT_END = Pattern.compile("(?:省|自治区|市|州|地区|县|区|师|团|乡|镇)$");

  /** English legal names: capitalised words (and bracketed place) ending in a legal form. */
  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(?:[A-Z][A-Za-z0-9&'\\-]*(?:\\s*\\([A-Z][A-Za-z ]*\\))?[\\s,]+){1,8}?"
              + "(?:Co\\.,?\\s*Ltd\\.?|Company Limited|Corp\\.|Corporation|Holdings (?:Ltd\\.|Limited)|Limited|Ltd\\.|Inc\\.)");

  private CompanyNameScanner() {}

  /**
   * Spans of Chinese and English company legal names, in order, longest kept where two share a
   * start.
   */
  public static List<Span> companies(String matchText) {
    List<Span> found = new ArrayList<>();
    Matcher m = SUFFIX.matcher(matchText);
    while (m.find()) {
      String suffix = m.group();
      if (suffix.endsWith("厂")
          && !suffix.equals("卫星工厂")
          && !isFactoryName(matchText, m.start(), m.end())) continue;
      int start = NameBoundary.startBefore(matchText, m.start());
      if (suffix.endsWith("合作社")) start = afterEarlierLegalName(matchText, start, m.start(), "合作社");
      else if (!suffix.equals("分公司") && !SMALL_UNIT.matcher(suffix).find())
        start = afterEarlierLegalName(matchText, start, m.start(), "有限公司", "有限责任公司");
      if (SMALL_UNIT.matcher(suffix).find())
        start = smallUnitStart(matchText, start, m.start(), suffix);
      if (m.start() - start < 2 || m.end() - start > 40) continue;
      found.add(new Span(start, m.end()));
    }
    Matcher e = ENGLISH.matcher(matchText);
    while (e.find()) {
      int start = e.start();
      if (matchText.startsWith("The ", start)) start += 4;
      found.add(new Span(start, e.end()));
    }
    return withoutContained(found);
  }

  /** Spans of government bodies (人民政府, 人社局, 前方指挥部 …) with their place prefix. */
  public static List<Span> governmentBodies(String matchText) {
    List<Span> found = new ArrayList<>();
    Matcher m = GOVERNMENT.matcher(matchText);
    while (m.find()) {
      int start = NameBoundary.startBefore(matchText, m.start());
      // Keep the place prefix only when it ends in an administrative unit (墨玉县人民政府); otherwise just
      // the body.
      if (start < m.start()
          && !ADMIN_UNIT_END.matcher(matchText.substring(start, m.start())).find())
        start = m.start();
      found.add(new Span(start, m.end()));
    }
    return withoutContained(found);
  }

  /**
   * The start of a cooperative, workshop or factory name after cutting at common-noun cues, or
   * {@code suffixStart} (no name) when only generic modifiers precede the suffix.
   */
  private static int smallUnitStart(String text, int start, int suffixStart, String suffix) {
    Matcher stop = SMALL_UNIT_STOP.matcher(text).region(start, suffixStart);
    while (stop.find()) start = stop.end();
    String rest = text.substring(start, suffixStart);
    Matcher generic = GENERIC_MODIFIER_AT_END.matcher(rest);
    while (!rest.isEmpty() && generic.reset(rest).find()) rest = rest.substring(0, generic.start());
    boolean programmeUnit = suffix.equals("卫星工厂") || suffix.equals("扶贫车间");
    if (programmeUnit && PLACE_ONLY.matcher(rest).matches()) return suffixStart;
    return rest.length() >= 2 ? start : suffixStart;
  }

  /**
   * Cuts a name after a complete legal name of the same form standing before it (two glossary or
   * table cells, or a heading and its paragraph, run together: …科技有限公司青岚纺织（阿克苏）有限公司, …合作社卓尼县…合作社);
   * a company's own name never holds 有限公司 twice, while its branch (…有限公司墨玉分公司) and its factories
   * (…有限公司第三工厂) are matched with their own suffixes.
   */
  private static int afterEarlierLegalName(
      String text, int start, int suffixStart, String... forms) {
    int cut = start;
    for (String form : forms) {
      int inner = text.lastIndexOf(form, suffixStart - form.length());
      if (inner >= start) cut = Math.max(cut, inner + form.length());
    }
    return cut;
  }

  private static boolean isFactoryName(String text, int suffixStart, int suffixEnd) {
    if (suffixEnd < text.length() && NOT_AFTER_FACTORY.indexOf(text.charAt(suffixEnd)) >= 0)
      return false;
    // Both 服装加工厂 (工 belongs to 加工) and 第二工厂 (工厂 is the suffix) are factory names.
    String beforeSuffix = text.substring(Math.max(0, suffixStart - 6), suffixStart);
    String beforeFactoryChar = text.substring(Math.max(0, suffixEnd - 7), suffixEnd - 1);
    return FACTORY_INDUSTRY.matcher(beforeSuffix).find()
        || FACTORY_INDUSTRY.matcher(beforeFactoryChar).find();
  }

  /** Drops spans lying inside a longer one (青岚纺织科技有限公司 inside 青岚纺织科技有限公司墨玉分公司). */
  private static List<Span> withoutContained(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(
        Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed()));
    List<Span> kept = new ArrayList<>();
    for (Span s : sorted) {
      boolean inside = false;
      for (Span k : kept) {
        if (k.contains(s) || k.overlaps(s)) {
          inside = true;
          break;
        }
      }
      if (!inside) kept.add(s);
    }
    return kept;
  }
}
