package org.zhengju.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhengju.evidence.Fixture;

class RuleCompanyRecognizerTest {

  private static List<Mention> companies(Fixture f) {
    return f.mentions().stream().filter(m -> m.kind() == EntityKind.COMPANY).toList();
  }

  @Test
  void findsLegalNameAfterTravelVerbWithExactOffsets() {
    Fixture f = Fixture.of("墨玉县组织第三批120名农村富余劳动力赴青岚纺织科技有限公司务工。");
    List<Mention> found = companies(f);
    assertThat(found).hasSize(1);
    Mention m = found.get(0);
    assertThat(m.text()).isEqualTo("青岚纺织科技有限公司");
    // 墨玉县 组织 第三批 120 名 农村富余劳动力 赴 = 3+2+3+3+1+7+1 = 20 characters before the name.
    assertThat(m.normalizedStart()).isEqualTo(20);
    assertThat(m.start()).isEqualTo(20);
    assertThat(m.end()).isEqualTo(30);
    assertThat(m.canonical()).isEmpty();
    assertThat(m.recognizer()).isEqualTo("rules");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2020年青岚纺织集团股份有限公司发布年报。, 青岚纺织集团股份有限公司",
    "云杉硅业（鄯善）有限公司位于鄯善县。, 云杉硅业（鄯善）有限公司",
    "青岚服饰（集团）有限公司今年扩产。, 青岚服饰（集团）有限公司",
    "村民进入英吉沙县城关乡阿克村卫星工厂上班。, 英吉沙县城关乡阿克村卫星工厂",
    "由墨玉县阿克萨依乡农民专业合作社统一组织。, 墨玉县阿克萨依乡农民专业合作社",
    "工人在和田青岚服装加工厂工作。, 和田青岚服装加工厂",
    "县里与新和县青岚棉业有限公司签约。, 新和县青岚棉业有限公司",
    "今年以来白杨食品有限责任公司扩建厂房。, 白杨食品有限责任公司",
    "劳动力转移至青岚纺织科技有限公司墨玉分公司。, 青岚纺织科技有限公司墨玉分公司",
    "青岚投资控股有限公司是控股股东。, 青岚投资控股有限公司",
  })
  void cutsTheNameAtItsLeftBoundary(String sentence, String expected) {
    Fixture f = Fixture.of(sentence);
    assertThat(companies(f)).extracting(Mention::text).containsExactly(expected);
    Mention m = companies(f).get(0);
    assertThat(m.normalizedStart()).isEqualTo(sentence.indexOf(expected));
    assertThat(m.normalizedEnd()).isEqualTo(sentence.indexOf(expected) + expected.length());
  }

  @ParameterizedTest
  @CsvSource({
    "驻厂干部每天检查厂房和车间。",
    "本公司与该公司签订合同。",
    "开办了17个卫星工厂。",
    "公司各分公司均已整改。",
    "必须有产业园区或卫星工厂。",
    "积极发展农业生产合作社。",
    "深化城乡信用合作社改革。",
    "各地兴建小水泥厂。",
    "私营棉纺织厂。",
    "公司棉花主要通过储备棉竞拍和长期合作轧花厂采购。",
    "产品交由定点加工厂生产。"
  })
  void doesNotTakeGenericWordsOrFactoryFloorsForCompanies(String sentence) {
    assertThat(companies(Fixture.of(sentence))).isEmpty();
  }

  @Test
  void findsEnglishLegalName() {
    String s = "In 2019 Qinglan Textile Technology Co., Ltd. opened a plant.";
    assertThat(companies(Fixture.of(s)))
        .extracting(Mention::text, Mention::normalizedStart)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Qinglan Textile Technology Co., Ltd.", 8));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Tianchi Cotton Group Co., Ltd. exports yarn.|Tianchi Cotton Group Co., Ltd.",
        "Shares of Baiyang Foods Company Limited rose.|Baiyang Foods Company Limited",
        "Supplier: Qinghe Apparel Corp. (Hangzhou)|Qinghe Apparel Corp.",
        "The Qinglan Holdings Ltd. annual report|Qinglan Holdings Ltd.",
        "Yunshan Silicon Industry (Shanshan) Co., Ltd is listed.|Yunshan Silicon Industry (Shanshan) Co., Ltd",
      })
  void findsEnglishLegalForms(String sentence, String expected) {
    List<Mention> found = companies(Fixture.of(sentence));
    assertThat(found).extracting(Mention::text).containsExactly(expected);
    assertThat(found.get(0).normalizedStart()).isEqualTo(sentence.indexOf(expected));
  }

  @Test
  void recognizesGovernmentBodiesAsGovernmentNotCompanies() {
    Fixture f = Fixture.of("墨玉县人力资源和社会保障局组织劳动力赴青岚纺织科技有限公司务工。");
    List<Mention> all = f.mentions();
    assertThat(all)
        .extracting(Mention::kind, Mention::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EntityKind.GOVERNMENT_BODY, "墨玉县人力资源和社会保障局"),
            org.assertj.core.groups.Tuple.tuple(EntityKind.COMPANY, "青岚纺织科技有限公司"));
  }

  @Test
  void reportsOriginalScriptButMatchesFoldedText() {
    String trad = "赴青嵐紡織集團有限公司務工。";
    String simp = "赴青岚纺织集团有限公司务工。";
    List<Mention> found = companies(Fixture.traditional(trad, simp));
    assertThat(found).extracting(Mention::text).containsExactly("青嵐紡織集團有限公司");
    assertThat(found.get(0).start()).isEqualTo(1);
    assertThat(found.get(0).end()).isEqualTo(11);
  }

  @Test
  void followsAShortNameDefinedInBracketsThroughTheDocument() {
    String s = "青岚纺织科技有限公司（以下简称“青岚纺织”）成立于2010年。\n\n今年，青岚纺织接收农村富余劳动力150名。";
    List<Mention> found = companies(Fixture.of(s));
    assertThat(found)
        .extracting(Mention::text, Mention::normalizedStart, Mention::canonical)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("青岚纺织科技有限公司", 0, Optional.empty()),
            org.assertj.core.groups.Tuple.tuple("青岚纺织", 16, Optional.of("青岚纺织科技有限公司")),
            org.assertj.core.groups.Tuple.tuple(
                "青岚纺织", s.indexOf("青岚纺织接收"), Optional.of("青岚纺织科技有限公司")));
  }

  @Test
  void readsGlossaryRowsIncludingGenericWordsAndTheirLaterUse() {
    String s = "释义\n公司、本公司、青岚纺织 指 青岚纺织科技有限公司\n\n报告期内，本公司获得政府补助。";
    List<Mention> found = companies(Fixture.of(s));
    assertThat(found)
        .extracting(Mention::text, Mention::normalizedStart)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("公司", 3),
            org.assertj.core.groups.Tuple.tuple("本公司", 6),
            org.assertj.core.groups.Tuple.tuple("青岚纺织", 10),
            org.assertj.core.groups.Tuple.tuple("青岚纺织科技有限公司", 17),
            org.assertj.core.groups.Tuple.tuple("本公司", s.indexOf("本公司获得")));
    assertThat(found.get(4).canonical()).contains("青岚纺织科技有限公司");
    assertThat(found.get(3).canonical()).isEmpty();
  }

  @Test
  void takesAnEnglishNameInBracketsAsAnAlias() {
    String s = "青岚纺织科技有限公司（Qinglan Textile Technology Co., Ltd.）成立于2010年。";
    List<Mention> found = companies(Fixture.of(s));
    assertThat(found)
        .extracting(Mention::text)
        .containsExactly("青岚纺织科技有限公司", "Qinglan Textile Technology Co., Ltd.");
    assertThat(found.get(1).canonical()).contains("青岚纺织科技有限公司");
    assertThat(found.get(1).normalizedStart()).isEqualTo(11);
  }

  @Test
  void reportsOnlyMentionsInsideTheGivenPassages() {
    Fixture f = Fixture.of("白杨食品有限公司在前。\n\n青岚纺织科技有限公司在后。");
    var second = f.passages().subList(1, 2);
    assertThat(new RuleCompanyRecognizer().recognize(f.text(), second))
        .extracting(Mention::text)
        .containsExactly("青岚纺织科技有限公司");
  }

  @Test
  void isFoundByServiceLoaderUnderItsShortName() {
    assertThat(ServiceLoader.load(EntityRecognizer.class).stream().map(p -> p.get().name()))
        .contains("rules");
  }
}
