package org.zhengju.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhengju.lexicon.Category;
import org.zhengju.lexicon.Specificity;

class EvidenceLinkerTest {
  private static final String QINGLAN = "青岚纺织科技有限公司";

  private static List<EvidenceItem> of(List<EvidenceItem> items, String company) {
    return items.stream().filter(i -> i.company().equals(company)).toList();
  }

  private static EvidenceItem only(List<EvidenceItem> items, String company) {
    List<EvidenceItem> found = of(items, company);
    assertThat(found).as("evidence for %s in %s", company, items).hasSize(1);
    return found.get(0);
  }

  @Test
  void gradesACountyTransferToANamedCompanyAsA() {
    String s = "墨玉县组织第三批120名农村富余劳动力赴青岚纺织科技有限公司务工。";
    List<EvidenceItem> items =
        Fixture.of(s)
            .place("墨玉县")
            .term("农村富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH)
            .link();
    EvidenceItem a = only(items, QINGLAN);
    assertThat(a.grade()).isEqualTo(Grade.A);
    assertThat(a.start()).isEqualTo(0);
    assertThat(a.end()).isEqualTo(33);
    assertThat(a.quote()).isEqualTo(s);
    assertThat(a.categories())
        .containsExactlyInAnyOrder(Category.XINJIANG_PLACE, Category.SURPLUS_LABOUR);
    assertThat(a.source()).isEqualTo("doc.txt");
    assertThat(a.page()).isEmpty();
    assertThat(a.rationale()).contains("destination");
  }

  @Test
  void gradesAReceivingVerbWithNationwideTermAnchoredByAXinjiangPlaceAsA() {
    String s = "据悉，今年以来，青岚纺织科技有限公司接收和田地区劳动力转移就业人员300名。";
    List<EvidenceItem> items =
        Fixture.of(s)
            .place("和田地区")
            .term("劳动力转移", Category.LABOUR_TRANSFER, Specificity.MEDIUM)
            .link();
    EvidenceItem a = only(items, QINGLAN);
    assertThat(a.grade()).isEqualTo(Grade.A);
    assertThat(a.rationale()).contains("接收");
    assertThat(a.quote()).isEqualTo(s);
  }

  @Test
  void reportsSourceOffsetsAndPageWhenNormalizationDroppedCharacters() {
    String s = "墨玉县组织富余劳动力赴青岚纺织科技有限公司务工。";
    Fixture f =
        Fixture.indented("\u3000\u3000", s)
            .place("墨玉县")
            .term("富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH);
    EvidenceItem a = only(f.link(), QINGLAN);
    assertThat(a.start()).isEqualTo(2);
    assertThat(a.end()).isEqualTo(2 + s.length());
    assertThat(f.document().text().substring(a.start(), a.end())).isEqualTo(a.quote());
  }

  @Test
  void gradesRunningSatelliteFactoriesAsA() {
    String s = "青岚服饰有限公司在英吉沙县开办了17个卫星工厂。";
    List<EvidenceItem> items =
        Fixture.of(s)
            .place("英吉沙县")
            .term("卫星工厂", Category.POVERTY_ALLEVIATION, Specificity.HIGH)
            .link();
    EvidenceItem a = only(items, "青岚服饰有限公司");
    assertThat(a.grade()).isEqualTo(Grade.A);
    assertThat(a.rationale()).contains("satellite");
    assertThat(a.categories())
        .containsExactlyInAnyOrder(Category.POVERTY_ALLEVIATION, Category.XINJIANG_PLACE);
  }

  @Test
  void findsAShortNameDefinedEarlierAndCitesTheSentenceWhereItIsUsed() {
    String first = "青岚纺织科技有限公司（以下简称“青岚纺织”）是一家纺织企业。";
    String second = "今年，青岚纺织接收和田地区农村富余劳动力150名。";
    Fixture f =
        Fixture.of(first + "\n\n" + second)
            .place("和田地区")
            .term("农村富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH);
    EvidenceItem a = only(f.link(), QINGLAN);
    assertThat(a.grade()).isEqualTo(Grade.A);
    assertThat(a.quote()).isEqualTo(second);
    assertThat(a.start()).isEqualTo(first.length() + 2);
    assertThat(a.end()).isEqualTo(first.length() + 2 + second.length());
  }

  @Test
  void linksATraditionalScriptNoticeAndQuotesItInTheOriginalScript() {
    String text = "墨玉縣組織農村富餘勞動力赴青嵐紡織科技有限公司務工。";
    String match = "墨玉县组织农村富余劳动力赴青岚纺织科技有限公司务工。";
    List<EvidenceItem> items =
        Fixture.traditional(text, match)
            .place("墨玉县")
            .term("农村富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH)
            .link();
    EvidenceItem a = only(items, "青嵐紡織科技有限公司");
    assertThat(a.grade()).isEqualTo(Grade.A);
    assertThat(a.quote()).isEqualTo(text);
  }

  @Test
  void aDenialInTheEvidenceSentenceGivesEAndNeverA() {
    String s = "青岚纺织科技有限公司声明，公司从未接收新疆籍务工人员，也不存在强迫劳动。";
    List<EvidenceItem> items =
        Fixture.of(s).term("新疆籍务工人员", Category.ETHNIC_MINORITY_WORKERS, Specificity.HIGH).link();
    EvidenceItem e = only(items, QINGLAN);
    assertThat(e.grade()).isEqualTo(Grade.E);
    assertThat(e.rationale()).startsWith("denial");
    assertThat(e.quote()).isEqualTo(s);
  }

  @Test
  void nationwideVocabularyWithoutAnchorGivesE() {
    String s = "青禾服饰有限公司吸纳农村富余劳动力200人，获得稳岗补贴。";
    List<EvidenceItem> items =
        Fixture.of(s)
            .term("农村富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH)
            .term("稳岗补贴", Category.SUBSIDY, Specificity.LOW)
            .link();
    EvidenceItem e = only(items, "青禾服饰有限公司");
    assertThat(e.grade()).isEqualTo(Grade.E);
    assertThat(e.rationale()).contains("without a Xinjiang");
  }

  @Test
  void anotherProvincesTransferGivesEAndNamesTheProvince() {
    String s = "甘南州组织富余劳动力赴青禾服饰有限公司务工。";
    List<EvidenceItem> items =
        Fixture.of(s).term("富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH).link();
    EvidenceItem e = only(items, "青禾服饰有限公司");
    assertThat(e.grade()).isEqualTo(Grade.E);
    assertThat(e.rationale()).contains("甘南");
  }

  @Test
  void aCountyTitleInTheFirstPassageAnchorsTheWholeDocument() {
    String filler = "各乡镇要高度重视，加强组织领导，落实工作责任。".repeat(10);
    String s = "墨玉县2019年劳动力转移就业工作方案\n\n" + filler + "\n\n组织富余劳动力赴青禾服饰有限公司务工。";
    Fixture f = Fixture.of(s).place("墨玉县").term("富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH);
    assertThat(s.indexOf("组织富余") - s.indexOf("墨玉县")).isGreaterThan(150);
    assertThat(only(f.link(), "青禾服饰有限公司").grade()).isEqualTo(Grade.A);
  }

  @Test
  void withoutTheAnchoringTitleTheSameDistantSentenceIsOnlyE() {
    String filler = "各乡镇要高度重视，加强组织领导，落实工作责任。".repeat(10);
    String s = "劳动力转移就业工作方案\n\n" + filler + "\n\n组织富余劳动力赴青禾服饰有限公司务工。";
    Fixture f = Fixture.of(s).term("富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH);
    assertThat(only(f.link(), "青禾服饰有限公司").grade()).isEqualTo(Grade.E);
  }

  @Test
  void aXinjiangMetadataTitleAnchorsTheWholeDocument() {
    String s = "组织富余劳动力赴青禾服饰有限公司务工。";
    Fixture f =
        Fixture.of(s)
            .title("新疆维吾尔自治区有组织转移就业工作通知")
            .term("富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH);
    assertThat(only(f.link(), "青禾服饰有限公司").grade()).isEqualTo(Grade.A);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "墨玉县组织农村富余劳动力赴青岚纺织科技有限公司务工，青岚纺织品贸易有限公司负责采购棉纱。",
        "青岚纺织品贸易有限公司负责采购棉纱，墨玉县组织农村富余劳动力赴青岚纺织科技有限公司务工。"
      })
  void aTermGoesToTheNearestCompanyInItsSentenceNotToALookAlike(String s) {
    List<EvidenceItem> items =
        Fixture.of(s)
            .place("墨玉县")
            .term("农村富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH)
            .link();
    assertThat(only(items, QINGLAN).grade()).isEqualTo(Grade.A);
    assertThat(of(items, "青岚纺织品贸易有限公司")).isEmpty();
  }

  @Test
  void companiesListedTogetherShareTheirSentencesLink() {
    String s = "墨玉县组织农村富余劳动力赴青岚纺织科技有限公司、白杨食品有限公司务工。";
    List<EvidenceItem> items =
        Fixture.of(s)
            .place("墨玉县")
            .term("农村富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH)
            .link();
    assertThat(only(items, QINGLAN).grade()).isEqualTo(Grade.A);
    assertThat(only(items, "白杨食品有限公司").grade()).isEqualTo(Grade.A);
  }

  @Test
  void aCompanyDoesNotTakeEvidenceFromAnotherCompanysSentence() {
    String s = "青岚纺织科技有限公司参加了会议。墨玉县组织农村富余劳动力赴白杨食品有限公司务工。";
    List<EvidenceItem> items =
        Fixture.of(s)
            .place("墨玉县")
            .term("农村富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH)
            .link();
    EvidenceItem a = only(items, "白杨食品有限公司");
    assertThat(a.grade()).isEqualTo(Grade.A);
    assertThat(a.start()).isEqualTo(s.indexOf("墨玉县"));
    assertThat(of(items, QINGLAN)).isEmpty();
  }

  @Test
  void companiesListedBesideAProgrammeSentenceGetOnlyE() {
    String s = "参加招商推介会的企业有青禾服饰有限公司、白杨食品有限公司和青岚纺织科技有限公司。" + "墨玉县今年累计转移富余劳动力3000人。";
    List<EvidenceItem> items =
        Fixture.of(s).place("墨玉县").term("富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH).link();
    assertThat(items).isNotEmpty().allSatisfy(i -> assertThat(i.grade()).isEqualTo(Grade.E));
    assertThat(only(items, QINGLAN).rationale()).contains("adjacent");
  }

  @Test
  void anAnaphorCarriesTheCompanyIntoTheNextSentence() {
    String s = "白杨食品有限公司是一家食品企业。该公司今年吸纳南疆籍员工86名。";
    List<EvidenceItem> items =
        Fixture.of(s).term("南疆籍", Category.ETHNIC_MINORITY_WORKERS, Specificity.HIGH).link();
    EvidenceItem a = only(items, "白杨食品有限公司");
    assertThat(a.grade()).isEqualTo(Grade.A);
    assertThat(a.quote()).isEqualTo(s);
  }

  @Test
  void ownAnnualReportListingAXinjiangSubsidyGivesB() {
    String glossary = "公司、本公司、青岚纺织 指 青岚纺织科技有限公司";
    String row = "南疆劳动力转移就业补贴\t1,234,567.00\t与收益相关";
    String s = "释义\n" + glossary + "\n\n计入当期损益的政府补助\n" + row;
    List<EvidenceItem> items =
        Fixture.of(s)
            .title("青岚纺织科技有限公司2020年年度报告")
            .term("南疆劳动力转移就业补贴", Category.SUBSIDY, Specificity.HIGH)
            .link();
    EvidenceItem b = only(items, QINGLAN);
    assertThat(b.grade()).isEqualTo(Grade.B);
    assertThat(b.quote()).isEqualTo(row);
    assertThat(b.start()).isEqualTo(s.indexOf(row));
    assertThat(b.categories()).containsExactly(Category.SUBSIDY);
  }

  @Test
  void ownFilingCountOfXinjiangWorkersGivesB() {
    String s = "释义\n本公司 指 白杨食品有限公司\n\n截至报告期末，公司共有新疆籍员工326名，主要来自和田地区。";
    List<EvidenceItem> items =
        Fixture.of(s)
            .place("和田地区")
            .term("新疆籍员工", Category.ETHNIC_MINORITY_WORKERS, Specificity.HIGH)
            .persons("326名", 326)
            .link();
    EvidenceItem b = only(items, "白杨食品有限公司");
    assertThat(b.grade()).isEqualTo(Grade.B);
    assertThat(b.quote()).isEqualTo("截至报告期末，公司共有新疆籍员工326名，主要来自和田地区。");
  }

  @Test
  void anInlandFirmsJobStabilisationSubsidyIsOnlyE() {
    String s = "释义\n本公司 指 浙江青禾织造股份有限公司\n\n稳岗补贴\t52,000.00\t与收益相关";
    List<EvidenceItem> items =
        Fixture.of(s)
            .title("浙江青禾织造股份有限公司2020年年度报告")
            .term("稳岗补贴", Category.SUBSIDY, Specificity.LOW)
            .link();
    EvidenceItem e = only(items, "浙江青禾织造股份有限公司");
    assertThat(e.grade()).isEqualTo(Grade.E);
    assertThat(e.quote()).isEqualTo("稳岗补贴\t52,000.00\t与收益相关");
  }

  @Test
  void aXinjiangRegisteredNameGivesC() {
    String s = "新疆青岚棉业有限公司注册资本5000万元。";
    EvidenceItem c = only(Fixture.of(s).link(), "新疆青岚棉业有限公司");
    assertThat(c.grade()).isEqualTo(Grade.C);
    assertThat(c.quote()).isEqualTo(s);
  }

  @Test
  void aXinjiangCreditCodeGivesC() {
    String s = "白杨食品有限公司（统一社会信用代码：91653200MA78QL001G）成立于2015年。";
    EvidenceItem c = only(Fixture.of(s).link(), "白杨食品有限公司");
    assertThat(c.grade()).isEqualTo(Grade.C);
    assertThat(c.rationale()).contains("91653200MA78QL001G");
    assertThat(c.end()).isEqualTo(s.length());
  }

  @Test
  void anXpccActualControllerGivesC() {
    String s = "释义\n本公司 指 天山棉业股份有限公司\n\n本公司实际控制人为新疆生产建设兵团第八师国有资产监督管理委员会。";
    List<EvidenceItem> items =
        Fixture.of(s).term("新疆生产建设兵团", Category.XPCC, Specificity.HIGH).link();
    assertThat(of(items, "天山棉业股份有限公司")).extracting(EvidenceItem::grade).contains(Grade.C);
  }

  @Test
  void anAddressInXinjiangGivesCButAnInlandOneNothing() {
    String s = "白杨食品有限公司位于墨玉县工业园区。青禾服饰有限公司位于杭州市。";
    List<EvidenceItem> items = Fixture.of(s).place("墨玉县").link();
    assertThat(only(items, "白杨食品有限公司").grade()).isEqualTo(Grade.C);
    assertThat(of(items, "青禾服饰有限公司")).isEmpty();
  }

  @Test
  void listsProgrammeEvidenceBeforeThePresumptionAndKeepsOnePresumptionPerReason() {
    String s = "新疆白杨食品有限公司接收墨玉县农村富余劳动力200名。新疆白杨食品有限公司还生产番茄酱。";
    List<EvidenceItem> items =
        Fixture.of(s)
            .place("墨玉县")
            .term("农村富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH)
            .link();
    assertThat(items).extracting(EvidenceItem::grade).containsExactly(Grade.A, Grade.C);
    assertThat(items.get(1).start()).isZero();
    assertThat(items.get(0).page()).isEqualTo(Optional.empty());
  }

  @Test
  void gradesASendOffStoryNamingTheReceivingFirmAndCitesOnlyItsSentence() {
    String first = "3月15日，墨玉县举行2019年第三批农村富余劳动力转移就业欢送仪式。";
    String second = "当天，120名富余劳动力乘坐专列赴江苏省青岚纺织科技有限公司务工。";
    String third = "据了解，该公司为务工人员提供集中食宿。";
    String s = first + second + third;
    List<EvidenceItem> items =
        Fixture.of(s)
            .place("墨玉县")
            .term("富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH)
            .term("专列", Category.LABOUR_TRANSFER, Specificity.MEDIUM)
            .term("集中食宿", Category.COERCION_INDICATOR, Specificity.MEDIUM)
            .link();
    List<EvidenceItem> ours = of(items, "江苏省青岚纺织科技有限公司");
    assertThat(ours).extracting(EvidenceItem::grade).first().isEqualTo(Grade.A);
    EvidenceItem a = ours.get(0);
    assertThat(a.quote()).isEqualTo(second);
    assertThat(a.start()).isEqualTo(first.length());
    assertThat(a.categories())
        .containsExactlyInAnyOrder(Category.SURPLUS_LABOUR, Category.LABOUR_TRANSFER);
  }

  @Test
  void anAnchorInTheNeighbouringSentenceWithin150CharactersCounts() {
    String s = "和田地区今年加大转移力度。青禾服饰有限公司接收劳动力转移人员200名。";
    List<EvidenceItem> items =
        Fixture.of(s)
            .place("和田地区")
            .term("劳动力转移", Category.LABOUR_TRANSFER, Specificity.MEDIUM)
            .link();
    EvidenceItem a = only(items, "青禾服饰有限公司");
    assertThat(a.grade()).isEqualTo(Grade.A);
    assertThat(a.quote()).isEqualTo("青禾服饰有限公司接收劳动力转移人员200名。");
    assertThat(a.categories()).containsExactly(Category.LABOUR_TRANSFER);
  }

  @Test
  void governmentBodiesGetNoEvidence() {
    String s = "墨玉县人力资源和社会保障局组织农村富余劳动力参加岗前培训。";
    List<EvidenceItem> items =
        Fixture.of(s)
            .place("墨玉县")
            .term("农村富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH)
            .link();
    assertThat(items).isEmpty();
  }

  @Test
  void anOwnFilingsStatementOfReceivingTransferredWorkersIsSelfReportedB() {
    String row = "本公司吸纳南疆富余劳动力300人。";
    String s = "释义\n本公司 指 白杨食品有限公司\n\n" + row;
    List<EvidenceItem> items =
        Fixture.of(s)
            .term("南疆", Category.XINJIANG_PLACE, Specificity.HIGH)
            .term("富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH)
            .persons("300人", 300)
            .link();
    EvidenceItem b = only(items, "白杨食品有限公司");
    assertThat(b.grade()).isEqualTo(Grade.B);
    assertThat(b.quote()).isEqualTo(row);
    assertThat(b.start()).isEqualTo(s.length() - row.length());
  }

  @Test
  void aNewsItemNamingAFirmOftenIsNotItsOwnFiling() {
    String s = "白杨食品有限公司是一家食品企业。白杨食品有限公司今年扩产。白杨食品有限公司吸纳南疆富余劳动力300人。";
    List<EvidenceItem> items =
        Fixture.of(s)
            .title("南疆劳动力在内地企业稳定就业")
            .term("南疆", Category.XINJIANG_PLACE, Specificity.HIGH)
            .term("富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH)
            .persons("300人", 300)
            .link();
    assertThat(only(items, "白杨食品有限公司").grade()).isEqualTo(Grade.A);
  }

  @Test
  void underAFilingTitleTheMostMentionedCompanyIsTheSubject() {
    String s = "白杨食品有限公司是一家食品企业。白杨食品有限公司今年扩产。\n\n白杨食品有限公司吸纳南疆富余劳动力300人。";
    List<EvidenceItem> items =
        Fixture.of(s)
            .title("2020年社会责任报告")
            .term("南疆", Category.XINJIANG_PLACE, Specificity.HIGH)
            .term("富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH)
            .persons("300人", 300)
            .link();
    assertThat(only(items, "白杨食品有限公司").grade()).isEqualTo(Grade.B);
  }

  @Test
  void boundsTheQuoteOfAnOverlongTableRowAroundItsTerm() {
    String filler = "项目".repeat(200);
    String s = "释义\n本公司 指 白杨食品有限公司\n\n" + filler + "南疆劳动力转移就业补贴\t1,234,567.00";
    List<EvidenceItem> items =
        Fixture.of(s).term("南疆劳动力转移就业补贴", Category.SUBSIDY, Specificity.HIGH).link();
    EvidenceItem b = only(items, "白杨食品有限公司");
    assertThat(b.grade()).isEqualTo(Grade.B);
    assertThat(b.end() - b.start()).isEqualTo(300);
    assertThat(b.quote()).contains("南疆劳动力转移就业补贴").endsWith("1,234,567.00");
    assertThat(b.end()).isEqualTo(s.length());
  }
}
