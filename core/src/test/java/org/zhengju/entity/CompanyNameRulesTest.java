package org.zhengju.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhengju.entity.internal.GlossaryCells;
import org.zhengju.evidence.Fixture;
import org.zhengju.normalize.ChineseTextNormalizer;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.normalize.OffsetMap;
import org.zhengju.passage.Passage;

/**
 * Name rules found on the bundled corpus: boundaries, glossary rows run together, units, generic
 * workshops.
 */
class CompanyNameRulesTest {

  private static List<Mention> companies(Fixture f) {
    return f.mentions().stream().filter(m -> m.kind() == EntityKind.COMPANY).toList();
  }

  @ParameterizedTest(name = "{0} -> {1} at {2}")
  @CsvSource({
    // A count with its measure word and a travel verb before the name are not part of it.
    "疏勒县第二批120名富余劳动力乘坐务工专列抵达鲁丰电子科技有限公司, 鲁丰电子科技有限公司, 23",
    // A shareholder relation is not part of the shareholder's name.
    "本次权益变动后，公司控股股东新疆垦源投资控股有限公司持股比例不变。, 新疆垦源投资控股有限公司, 14",
    "公司实际控制人青岚投资有限公司承诺不减持。, 青岚投资有限公司, 7",
    // The tail of a document number on the line before is not part of the name.
    "公告编号：2021-036垦源番茄制品股份有限公司关于实际控制人变更的提示性公告, 垦源番茄制品股份有限公司, 13",
  })
  void cutsTheNameAfterRelationsCountsAndCodes(String sentence, String expected, int start) {
    List<Mention> found = companies(Fixture.of(sentence));
    assertThat(found)
        .extracting(Mention::text, Mention::normalizedStart, Mention::normalizedEnd)
        .containsExactly(tuple(expected, start, start + expected.length()));
  }

  @Test
  void separatesAHeadingNameFromTheSameNameOpeningTheNextLine() {
    // Heading and paragraph joined by normalization: the name is found twice, not as one long name.
    String s = "二、案例：卓尼县绿野农民专业合作社卓尼县绿野农民专业合作社成立于2015年。";
    assertThat(companies(Fixture.of(s)))
        .extracting(Mention::text, Mention::normalizedStart)
        .containsExactly(tuple("卓尼县绿野农民专业合作社", 5), tuple("卓尼县绿野农民专业合作社", 17));
  }

  @ParameterizedTest
  @CsvSource({
    "在洛浦縣各鄉村開辦了12家衛星工廠。, 在洛浦县各乡村开办了12家卫星工厂。",
    "研究人員指出，此類衛星工廠屬於新疆政策的一部分。, 研究人员指出，此类卫星工厂属于新疆政策的一部分。",
    "洛浦縣衛星工廠調查：村民家門口就業, 洛浦县卫星工厂调查：村民家门口就业",
    "全县共建成扶贫车间45个，墨玉县扶贫车间吸纳就业3000人。, 全县共建成扶贫车间45个，墨玉县扶贫车间吸纳就业3000人。",
  })
  void takesCountedDemonstrativeOrCountyWideWorkshopsForCategoriesInEitherScript(
      String text, String match) {
    assertThat(companies(Fixture.traditional(text, match))).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1} at {2}")
  @CsvSource({
    "村民进入洛浦县多鲁乡阿克村卫星工厂上班。, 洛浦县多鲁乡阿克村卫星工厂, 4",
    "妇女在墨玉县阿亚克社区扶贫车间缝制手套。, 墨玉县阿亚克社区扶贫车间, 3",
  })
  void keepsAVillageOrCommunityWorkshopAsAName(String s, String expected, int start) {
    assertThat(companies(Fixture.of(s)))
        .extracting(Mention::text, Mention::normalizedStart)
        .containsExactly(tuple(expected, start));
  }

  @Test
  void reportsAFactoryNamedAfterADefinedShortNameAsAUnitOfThatCompany() {
    String text = "和田錦繡服飾有限公司（下稱「錦繡服飾」）開辦了12家衛星工廠。\n\n位於多魯鄉的錦繡服飾第三衛星工廠共有工人186名。";
    String match = "和田锦绣服饰有限公司（下称「锦绣服饰」）开办了12家卫星工厂。\n\n位于多鲁乡的锦绣服饰第三卫星工厂共有工人186名。";
    List<Mention> found = companies(Fixture.traditional(text, match));
    assertThat(found)
        .extracting(Mention::text, Mention::normalizedStart, Mention::canonical)
        .containsExactly(
            tuple("和田錦繡服飾有限公司", 0, Optional.empty()),
            tuple("錦繡服飾", 14, Optional.of("和田錦繡服飾有限公司")),
            tuple("錦繡服飾第三衛星工廠", 39, Optional.of("和田錦繡服飾有限公司")));
  }

  @Test
  void readsGlossaryRowsWhoseCellsNormalizationRanTogether() {
    String source =
        "释义\n公司、本公司、青岚纺织 指 青岚纺织科技有限公司\n青岚阿克苏 指 青岚纺织（阿克苏）有限公司，系本公司全资子公司\n"
            + "报告期 指 2019年1月1日至2019年12月31日\n";
    NormalizedText text = new ChineseTextNormalizer().normalize(source);
    // The spaces between Chinese characters and the row breaks are gone: only the offset map
    // remembers them.
    assertThat(text.text())
        .isEqualTo(
            "释义公司、本公司、青岚纺织指青岚纺织科技有限公司青岚阿克苏指青岚纺织（阿克苏）有限公司，系本公司全资子公司报告期指 2019年1月1日至2019年12月31日");
    List<Passage> passages =
        List.of(
            new Passage(
                0, 0, source.length(), 0, text.text().length(), Optional.empty(), text.text()));
    List<Mention> found =
        new RuleCompanyRecognizer()
            .recognize(text, passages).stream()
                .filter(m -> m.kind() == EntityKind.COMPANY)
                .toList();
    assertThat(found)
        .extracting(Mention::text, Mention::normalizedStart, Mention::canonical)
        .containsExactly(
            tuple("公司", 2, Optional.of("青岚纺织科技有限公司")),
            tuple("本公司", 5, Optional.of("青岚纺织科技有限公司")),
            tuple("青岚纺织", 9, Optional.of("青岚纺织科技有限公司")),
            tuple("青岚纺织科技有限公司", 14, Optional.empty()),
            tuple("青岚阿克苏", 24, Optional.of("青岚纺织（阿克苏）有限公司")),
            tuple("青岚纺织（阿克苏）有限公司", 30, Optional.empty()),
            tuple("本公司", 45, Optional.of("青岚纺织科技有限公司")));
    // Source offsets still point at the names in the spaced source.
    assertThat(found.get(3).start()).isEqualTo(source.indexOf("青岚纺织科技有限公司"));
  }

  @Test
  void masksOnlyAMeansWordStandingAsItsOwnCell() {
    String running = "手指受伤的员工在青岚纺织科技有限公司就医，指定医院负责。";
    assertThat(GlossaryCells.of(identity(running)).masked()).isEqualTo(running);
    String row = "青岚纺织 指 青岚纺织科技有限公司";
    assertThat(GlossaryCells.of(identity(row)).masked()).isEqualTo("青岚纺织 \t 青岚纺织科技有限公司");
  }

  private static NormalizedText identity(String s) {
    return new NormalizedText(s, s, OffsetMap.identity(s.length()));
  }

  @Test
  void takesAChineseNameInBracketsAfterAnEnglishNameAsItsLegalName() {
    String s =
        "Hengyuan Apparel Co., Ltd. (恒远服饰股份有限公司) is a joint stock company.\n\n"
            + "\"Company\" means Hengyuan Apparel Co., Ltd. (恒远服饰股份有限公司).";
    List<Mention> found = companies(Fixture.of(s));
    assertThat(found)
        .extracting(Mention::text, Mention::normalizedStart, Mention::canonical)
        .containsExactly(
            tuple("Hengyuan Apparel Co., Ltd.", 0, Optional.of("恒远服饰股份有限公司")),
            tuple("恒远服饰股份有限公司", 28, Optional.empty()),
            tuple("Company", s.indexOf("Company\""), Optional.of("恒远服饰股份有限公司")),
            tuple("Hengyuan Apparel Co., Ltd.", 83, Optional.of("恒远服饰股份有限公司")),
            tuple("恒远服饰股份有限公司", 111, Optional.empty()));
  }

  @Test
  void readsAnEnglishDefinitionsEntryAndFollowsItsTermsThroughTheDocument() {
    String s =
        "\"Company\" or \"Hengyuan\" means Hengyuan Apparel Co., Ltd. (恒远服饰股份有限公司); \"Group\" means the"
            + " Company and its subsidiaries.\n\nHengyuan is a joint stock company; the Company employs 8,215 staff.";
    List<Mention> found = companies(Fixture.of(s));
    Optional<String> hengyuan = Optional.of("恒远服饰股份有限公司");
    assertThat(found)
        .extracting(Mention::text, Mention::normalizedStart, Mention::canonical)
        .containsExactly(
            tuple("Company", 1, hengyuan),
            tuple("Hengyuan", 14, hengyuan),
            tuple("Hengyuan Apparel Co., Ltd.", 30, hengyuan),
            tuple("恒远服饰股份有限公司", 58, Optional.empty()),
            tuple("Company", s.indexOf("Company and"), hengyuan),
            tuple("Hengyuan", s.indexOf("Hengyuan is"), hengyuan),
            tuple("Company", s.indexOf("Company employs"), hengyuan));
  }

  @Test
  void ignoresADefinitionThatMeansNoLegalName() {
    String s =
        "\"Group\" means the Company and its subsidiaries; \"Reporting Period\" means the year 2020.";
    assertThat(companies(Fixture.of(s))).isEmpty();
  }

  @Test
  void separatesARunningHeaderFromTheTitleRunIntoIt() {
    // Running header and title joined by normalization: 年度报告 ends the header, the title's name
    // starts after it.
    String s = "浙江明澜新材料股份有限公司2019年年度报告浙江明澜新材料股份有限公司2019年年度报告（摘录）";
    assertThat(companies(Fixture.of(s)))
        .extracting(Mention::text, Mention::normalizedStart)
        .containsExactly(tuple("浙江明澜新材料股份有限公司", 0), tuple("浙江明澜新材料股份有限公司", 22));
  }

  @Test
  void takesTheStockShortNameForTheLegalNameItAbbreviates() {
    String s = "证券代码：605987 证券简称：垦源番茄 公告编号：2021-036\n垦源番茄制品股份有限公司关于实际控制人变更的提示性公告";
    List<Mention> found = companies(Fixture.of(s));
    assertThat(found)
        .extracting(Mention::text, Mention::normalizedStart, Mention::canonical)
        .containsExactly(
            tuple("垦源番茄", 17, Optional.of("垦源番茄制品股份有限公司")),
            tuple("垦源番茄制品股份有限公司", 36, Optional.empty()));
  }

  @Test
  void cutsAStockShortNameRunTogetherWithTheNextHeaderCell() {
    String s = "证券代码：605987证券简称：垦源番茄公告编号：2021-036\n垦源番茄制品股份有限公司关于实际控制人变更的提示性公告";
    assertThat(companies(Fixture.of(s)))
        .extracting(Mention::text, Mention::normalizedStart, Mention::canonical)
        .containsExactly(
            tuple("垦源番茄", 16, Optional.of("垦源番茄制品股份有限公司")),
            tuple("垦源番茄制品股份有限公司", 34, Optional.empty()));
  }

  @Test
  void ignoresAStockShortNameThatDoesNotAbbreviateTheNearbyName() {
    String s = "证券简称：天池棉业\n垦源番茄制品股份有限公司公告";
    assertThat(companies(Fixture.of(s))).extracting(Mention::text).containsExactly("垦源番茄制品股份有限公司");
  }

  @Test
  void readsGlossaryRowsWhoseCellsAreTabSeparated() {
    String source = "公司、本公司、青岚纺织\t指\t青岚纺织科技有限公司\n青岚阿克苏\t指\t青岚纺织（阿克苏）有限公司，系本公司全资子公司\n";
    NormalizedText text = new ChineseTextNormalizer().normalize(source);
    assertThat(text.text())
        .isEqualTo("公司、本公司、青岚纺织\t指\t青岚纺织科技有限公司\n青岚阿克苏\t指\t青岚纺织（阿克苏）有限公司，系本公司全资子公司");
    List<Passage> passages =
        List.of(
            new Passage(
                0, 0, source.length(), 0, text.text().length(), Optional.empty(), text.text()));
    List<Mention> found =
        new RuleCompanyRecognizer()
            .recognize(text, passages).stream()
                .filter(m -> m.kind() == EntityKind.COMPANY)
                .toList();
    assertThat(found)
        .extracting(Mention::text, Mention::normalizedStart, Mention::canonical)
        .containsExactly(
            tuple("公司", 0, Optional.of("青岚纺织科技有限公司")),
            tuple("本公司", 3, Optional.of("青岚纺织科技有限公司")),
            tuple("青岚纺织", 7, Optional.of("青岚纺织科技有限公司")),
            tuple("青岚纺织科技有限公司", 14, Optional.empty()),
            tuple("青岚阿克苏", 25, Optional.of("青岚纺织（阿克苏）有限公司")),
            tuple("青岚纺织（阿克苏）有限公司", 33, Optional.empty()),
            tuple("本公司", 48, Optional.of("青岚纺织科技有限公司")));
  }
}
