package org.zhengju.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengju.lexicon.Category;
import org.zhengju.lexicon.Specificity;

/**
 * Linking rules found on the bundled corpus: place-of-work phrases, receiver labels and columns,
 * self-disclosures, English filings.
 */
class LinkingRulesTest {

  private static List<EvidenceItem> of(List<EvidenceItem> items, String company) {
    return items.stream().filter(i -> i.company().equals(company)).toList();
  }

  private static EvidenceItem strongest(List<EvidenceItem> items, String company) {
    List<EvidenceItem> found = of(items, company);
    assertThat(found).as("evidence for %s in %s", company, items).isNotEmpty();
    return found.get(0);
  }

  @Test
  void gradesATravelVerbAcrossALocationPhraseAsA() {
    String s = "伽师县第五批务工人员将前往位于广东省东莞市的粤华玩具制品有限公司，从事玩具组装、包装等工作。";
    List<EvidenceItem> items =
        Fixture.of(s).place("伽师县").term("务工人员", Category.LABOUR_TRANSFER, Specificity.LOW).link();
    EvidenceItem a = strongest(items, "粤华玩具制品有限公司");
    assertThat(a.grade()).isEqualTo(Grade.A);
    assertThat(a.rationale()).contains("destination");
    assertThat(a.start()).isEqualTo(0);
    assertThat(a.end()).isEqualTo(s.length());
  }

  @Test
  void gradesThePlaceOfWorkPhraseWillWorkAtAsA() {
    String s = "策勒县第二批150名农村富余劳动力乘坐包机抵达天津，将在津海服装有限公司从事服装缝制工作。";
    List<EvidenceItem> items =
        Fixture.of(s)
            .place("策勒县")
            .term("农村富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH)
            .link();
    EvidenceItem a = strongest(items, "津海服装有限公司");
    assertThat(a.grade()).isEqualTo(Grade.A);
    assertThat(a.quote()).isEqualTo(s);
  }

  @Test
  void doesNotGradeAPlaceOfWorkPhraseWithoutProgrammeWorkersAsA() {
    String s = "策勒县代表团将在津海服装有限公司召开座谈会，交流劳动力转移经验。";
    List<EvidenceItem> items =
        Fixture.of(s)
            .place("策勒县")
            .term("劳动力转移", Category.LABOUR_TRANSFER, Specificity.MEDIUM)
            .link();
    // 将在 names a place of work only when work follows the name; here a meeting does.
    assertThat(of(items, "津海服装有限公司")).extracting(EvidenceItem::grade).containsOnly(Grade.E);
  }

  @Test
  void gradesAReceiverLabelAsA() {
    String s = "策勒县第二批疆外转移就业人员在岗情况\n\n接收企业：津海服装有限公司（天津市）到岗人数：150人";
    List<EvidenceItem> items =
        Fixture.of(s)
            .place("策勒县")
            .term("疆外转移", Category.LABOUR_TRANSFER, Specificity.HIGH)
            .term("接收企业", Category.LABOUR_TRANSFER, Specificity.MEDIUM)
            .link();
    EvidenceItem a = strongest(items, "津海服装有限公司");
    assertThat(a.grade()).isEqualTo(Grade.A);
    assertThat(a.start()).isEqualTo(20);
    assertThat(a.end()).isEqualTo(s.length());
    assertThat(a.quote()).isEqualTo("接收企业：津海服装有限公司（天津市）到岗人数：150人");
  }

  @Test
  void gradesCompaniesInTheReceiverColumnOfAnAnchoredTransferTableAsA() {
    String s =
        "皮山县2020年农村富余劳动力有组织转移就业任务分解表\n"
            + "乡镇\t转移人数\t接收企业\t带队干部\n"
            + "固玛镇\t120\t皖江电子科技有限公司\t2\n"
            + "木吉镇\t90\t宣城嘉禾鞋业有限公司\t2";
    List<EvidenceItem> items =
        Fixture.of(s)
            .place("皮山县")
            .term("农村富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH)
            .term("接收企业", Category.LABOUR_TRANSFER, Specificity.MEDIUM)
            .link();
    EvidenceItem wanjiang = strongest(items, "皖江电子科技有限公司");
    assertThat(wanjiang.grade()).isEqualTo(Grade.A);
    assertThat(wanjiang.rationale()).contains("接收企业");
    assertThat(wanjiang.quote()).isEqualTo("固玛镇\t120\t皖江电子科技有限公司\t2");
    assertThat(wanjiang.start()).isEqualTo(46);
    assertThat(wanjiang.end()).isEqualTo(66);
    assertThat(strongest(items, "宣城嘉禾鞋业有限公司").grade()).isEqualTo(Grade.A);
  }

  @Test
  void doesNotGradeAReceiverColumnWithoutProgrammeVocabularyOrAnchor() {
    String plain = "2020年物资发放表\n品名\t数量\t接收企业\n口罩\t500\t皖江电子科技有限公司";
    List<EvidenceItem> noProgramme = Fixture.of(plain).link();
    assertThat(of(noProgramme, "皖江电子科技有限公司")).isEmpty();
    String zhejiang = "绍兴市2020年农村富余劳动力转移就业任务表\n乡镇\t人数\t接收企业\n柯桥街道\t50\t皖江电子科技有限公司";
    List<EvidenceItem> unanchored =
        Fixture.of(zhejiang).term("农村富余劳动力", Category.SURPLUS_LABOUR, Specificity.MEDIUM).link();
    assertThat(of(unanchored, "皖江电子科技有限公司"))
        .extracting(EvidenceItem::grade)
        .doesNotContain(Grade.A, Grade.B, Grade.C);
  }

  @Test
  void givesTheFilingSubjectCWhenTheFilingSaysItsActualControllerIsTheXpcc() {
    String s =
        "垦源番茄制品股份有限公司\n\n本次权益变动后，公司控股股东新疆垦源投资控股有限公司持股比例不变，" + "公司实际控制人变更为新疆生产建设兵团第八师国有资产监督管理委员会。";
    List<EvidenceItem> items =
        Fixture.of(s)
            .title("垦源番茄制品股份有限公司关于实际控制人变更的提示性公告")
            .term("新疆生产建设兵团", Category.XPCC, Specificity.HIGH)
            .link();
    EvidenceItem c = strongest(items, "垦源番茄制品股份有限公司");
    assertThat(c.grade()).isEqualTo(Grade.C);
    assertThat(c.rationale()).contains("actual controller");
    assertThat(c.start()).isEqualTo(14);
    assertThat(c.end()).isEqualTo(s.length());
    EvidenceItem shareholder = strongest(items, "新疆垦源投资控股有限公司");
    assertThat(shareholder.grade()).isEqualTo(Grade.C);
    assertThat(shareholder.quote()).contains("控股股东新疆垦源投资控股有限公司");
  }

  @Test
  void givesTheFilingSubjectCForItsOwnXinjiangAddressButNotForAnotherProvince() {
    String xinjiang = "垦源番茄制品股份有限公司\n\n公司注册地址为新疆石河子市北泉镇工业园区，主要从事番茄酱的生产。";
    List<EvidenceItem> items =
        Fixture.of(xinjiang).title("垦源番茄制品股份有限公司2021年年度报告").place("新疆").place("石河子市").link();
    EvidenceItem c = strongest(items, "垦源番茄制品股份有限公司");
    assertThat(c.grade()).isEqualTo(Grade.C);
    assertThat(c.quote()).isEqualTo("公司注册地址为新疆石河子市北泉镇工业园区，主要从事番茄酱的生产。");
    String jiangsu = "青岚纺织科技有限公司\n\n公司注册地址为江苏省盐城市大丰区纺织工业园，在新疆设有办事处。";
    List<EvidenceItem> none = Fixture.of(jiangsu).title("青岚纺织科技有限公司2019年年度报告").place("新疆").link();
    assertThat(of(none, "青岚纺织科技有限公司")).isEmpty();
  }

  @Test
  void gradesAnEnglishFilingsMinorityWorkerCountAndSubsidyRowAsB() {
    String s =
        "Hengyuan Apparel Co., Ltd. (恒远服饰股份有限公司)\n\n"
            + "As at 31 December 2020, the Group had 8,215 employees. Of these, 1,136 were ethnic minority employees "
            + "from Hotan Prefecture, Xinjiang.\n\n"
            + "Employment subsidy for labour transfer from Xinjiang\t2,846\t1,902";
    List<EvidenceItem> items =
        Fixture.of(s)
            .title("Hengyuan Apparel Co., Ltd. Annual Report 2020 (Excerpt)")
            .term("ethnic minority employees", Category.ETHNIC_MINORITY_WORKERS, Specificity.MEDIUM)
            .term("Employment subsidy", Category.SUBSIDY, Specificity.MEDIUM)
            .term("labour transfer", Category.LABOUR_TRANSFER, Specificity.MEDIUM)
            .place("Hotan")
            .place("Xinjiang")
            .link();
    List<EvidenceItem> hengyuan = of(items, "恒远服饰股份有限公司");
    assertThat(hengyuan)
        .extracting(EvidenceItem::grade, EvidenceItem::quote)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Grade.B,
                "Of these, 1,136 were ethnic minority employees from Hotan Prefecture, Xinjiang."),
            org.assertj.core.groups.Tuple.tuple(
                Grade.B, "Employment subsidy for labour transfer from Xinjiang\t2,846\t1,902"));
    assertThat(hengyuan.get(0).start()).isEqualTo(s.indexOf("Of these"));
  }

  @Test
  void doesNotTakeAnEthnicWordInsideARegionNameForWorkforceVocabulary() {
    String s = "青岚纺织（阿克苏）有限公司成立于2016年，注册地为新疆维吾尔自治区阿克苏地区阿克苏市纺织工业城。";
    List<EvidenceItem> items =
        Fixture.of(s)
            .place("新疆维吾尔自治区")
            .place("阿克苏地区")
            .term("维吾尔", Category.ETHNIC_MINORITY_WORKERS, Specificity.MEDIUM)
            .link();
    List<EvidenceItem> subsidiary = of(items, "青岚纺织（阿克苏）有限公司");
    assertThat(subsidiary).extracting(EvidenceItem::grade).containsOnly(Grade.C);
    assertThat(subsidiary.get(0).start()).isEqualTo(0);
    assertThat(subsidiary.get(0).end()).isEqualTo(s.length());
  }
}
